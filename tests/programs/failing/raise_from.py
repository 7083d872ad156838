# raise ... from ...: the cause is printed first
class ConfigError(Exception):
    pass


def load(settings, name):
    try:
        return settings[name]
    except KeyError as e:
        raise ConfigError("missing setting " + repr(name)) from e


print(load({"a": 1}, "a"))
load({"a": 1}, "b")
