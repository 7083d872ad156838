"""A tour of the standard library: modules that import and work on pypy-c
(json, re, collections, enum, argparse, textwrap, struct, typing...)."""
import json, re, collections, functools, itertools, textwrap, argparse, typing, enum, weakref, copy, struct, string, traceback, io, os
class Color(enum.Enum):
    RED = 1
    GREEN = 2
d = collections.Counter("abracadabra")
print(json.dumps({"a": [1, 2.5, None, True], "b": "x"}, sort_keys=True), json.loads('{"k": [1, 2, {"z": null}]}'))
print(re.findall(r"\b\w+\b", "hello big world"), re.sub(r"(\d+)", lambda m: str(int(m.group(1)) * 2), "a1 b22"))
print(d.most_common(2), Color.GREEN, list(itertools.permutations("ab")), functools.reduce(lambda a, b: a * b, range(1, 6)))
print(textwrap.fill("the quick brown fox jumps over the lazy dog", 15))
p = argparse.ArgumentParser(prog="x"); p.add_argument("--n", type=int, default=3); print(p.parse_args(["--n", "5"]))
print(struct.pack("<iH", 7, 9), string.Template("$x!").substitute(x="hi"), copy.deepcopy([[1], {2: 3}]))
s = io.StringIO(); print("to string", file=s); print(repr(s.getvalue()), os.path.join("a", "b"), typing.Optional[int])
try:
    {}["missing"]
except KeyError:
    print(traceback.format_exc().splitlines()[-1])
