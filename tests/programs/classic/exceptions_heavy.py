# Exception-heavy control flow: custom hierarchies, finally, else, retry
class AppError(Exception):
    pass


class RetryableError(AppError):
    def __init__(self, attempt):
        super().__init__("attempt %d failed" % attempt)
        self.attempt = attempt


class FatalError(AppError):
    pass


log = []


def flaky(attempt):
    log.append("try %d" % attempt)
    if attempt < 3:
        raise RetryableError(attempt)
    return "ok on %d" % attempt


def retry(func, times):
    for attempt in range(1, times + 1):
        try:
            result = func(attempt)
        except RetryableError as e:
            log.append("caught " + str(e))
            continue
        else:
            log.append("else branch")
            return result
        finally:
            log.append("finally %d" % attempt)
    raise FatalError("gave up")


print(retry(flaky, 5))
print(log)
try:
    retry(flaky, 2)
except AppError as e:
    print(type(e).__name__, e, isinstance(e, Exception))


def nested():
    try:
        try:
            raise KeyError("inner")
        finally:
            log.append("inner finally")
    except LookupError as e:
        return "handled " + repr(e)


print(nested())
results = []
for value in ["1", "x", "3", None]:
    try:
        results.append(int(value))
    except ValueError:
        results.append("bad")
    except TypeError:
        results.append("none")
print(results)
try:
    raise FatalError("a") from RetryableError(9)
except FatalError as e:
    print(e, "caused by", e.__cause__, e.__cause__.attempt)
