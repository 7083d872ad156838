"""lib_pypy/tputil.py: make_proxy, ProxyOperation, make_revocable."""
# apptest: pypy-only

from __pypy__ import get_tproxy_controller
import tputil


def test_make_proxy_with_obj():
    seen = []

    def controller(operation):
        seen.append(operation.opname)
        return operation.delegate()
    real = [1, 2]
    p = tputil.make_proxy(controller, obj=real)
    assert type(p) is list
    assert len(p) == 2
    p.append(3)
    assert real == [1, 2, 3]
    assert seen == ['__len__', '__getattribute__', 'append']


def test_operation_fields():
    ops = []

    def controller(operation):
        ops.append(operation)
        return operation.delegate()
    real = {}
    p = tputil.make_proxy(controller, obj=real)
    p.update(a=1)
    getattr_op, update_op = ops
    assert getattr_op.opname == '__getattribute__'
    assert getattr_op.args == ('update',)
    assert update_op.opname == 'update'
    assert update_op.args == ()
    assert update_op.kwargs == {'a': 1}
    assert update_op.proxyobj is p
    assert update_op.obj is real
    assert real == {'a': 1}


def test_repr_of_operation():
    ops = []

    def controller(operation):
        ops.append(operation)
        return operation.delegate()
    p = tputil.make_proxy(controller, obj=[])
    p.append(3)
    list.insert(p, 0, 'x')
    dict.update(tputil.make_proxy(controller, obj={}), k=2)
    assert repr(ops[1]) == '<ProxyOperation list.append(3)>'
    assert repr(ops[2]) == "<ProxyOperation list.insert(0, 'x')>"
    assert repr(ops[3]) == '<ProxyOperation dict.update(k=2)>'


def test_delegate_answers_the_proxy_for_obj():
    def controller(operation):
        return operation.delegate()
    real = [1]
    p = tputil.make_proxy(controller, obj=real)
    q = p
    q += [2]
    assert q is p
    assert real == [1, 2]


def test_delegate_rebinds_methods_of_python_classes():
    class A:
        def who(self):
            return self
    seen = []

    def controller(operation):
        seen.append(operation.opname)
        return operation.delegate()
    p = tputil.make_proxy(controller, obj=A())
    assert p.who() is p


def test_type_without_obj():
    def controller(operation):
        if operation.opname == '__len__':
            return 5
        raise AttributeError(operation.opname)
    p = tputil.make_proxy(controller, type=list)
    assert type(p) is list
    assert len(p) == 5


def test_neither_type_nor_obj():
    try:
        tputil.make_proxy(lambda op: None)
    except TypeError:
        pass
    else:
        raise AssertionError("no TypeError")


def test_make_revocable():
    def controller(operation):
        return operation.delegate()
    p, revoke = tputil.make_revocable(controller, obj=[1, 2, 3])
    assert len(p) == 3
    revoke()
    for op in (len, iter, repr, lambda p: p.append(1), lambda p: p[0]):
        try:
            op(p)
        except TypeError as e:
            assert 'revoked' in str(e)
        else:
            raise AssertionError("operation after revoke")


def test_make_revocable_releases_controller_and_obj():
    def controller(operation):
        return operation.delegate()
    real = [1]
    p, revoke = tputil.make_revocable(controller, obj=real)
    inner = get_tproxy_controller(p)
    held = [cell.cell_contents for cell in inner.__closure__]
    states = [h for h in held if type(h) is list and h is not p]
    assert len(states) == 1 and states[0][1] is real
    revoke()
    assert states[0] == [None, None]
