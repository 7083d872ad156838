"""String and dict churn: build words from numbers, count them in a
dict, join and split text, format with %-formatting and f-strings, look
up and delete keys.  Argument: the number of rounds.  Checksum: sizes
and counts derived from every round."""

import sys

SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'so', 'ta', 'vi', 'xe', 'zu']


def word(n):
    parts = []
    while True:
        parts.append(SYLLABLES[n % 10])
        n //= 10
        if n == 0:
            break
    return ''.join(parts)


def one_round(r):
    counts = {}
    words = []
    for i in range(2000):
        w = word((i * 7919 + r) % 3000)
        words.append(w)
        counts[w] = counts.get(w, 0) + 1
    text = ' '.join(words)
    pieces = text.split(' ')
    upper = text.upper()
    index = {}
    for w in pieces:
        key = w[:3]
        if key in index:
            index[key].append(w)
        else:
            index[key] = [w]
    lines = []
    for key in sorted(index):
        lines.append('%s:%d' % (key, len(index[key])))
        lines.append(f'{key}={len(index[key]):04d}')
    for w in list(counts):
        if counts[w] > 1:
            del counts[w]
    report = '\n'.join(lines)
    return (len(counts) + len(index) + report.count('ka') +
            upper.count('ZU') + len(report.replace('=', '==')))


def main(rounds):
    total = 0
    for r in range(rounds):
        total = (total * 131 + one_round(r)) % 1000000007
    print("strdict %d" % total)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 450)
