class C:
    pass


def describe(x):
    match x:
        case C(1):
            return 'one'
    return 'other'


print(describe(5))
describe(C())
