"""The `math` module: libm and exact integer arithmetic."""


from __future__ import absolute_import
from interpreter.mixedmodule import MixedModule


class Module(MixedModule):
    """This module provides access to the mathematical functions
defined by the C standard."""
    applevel_name = 'math'

    interpleveldefs = {}
    for _name in ['acos', 'acosh', 'asin', 'asinh', 'atan', 'atan2',
                  'atanh', 'cbrt', 'ceil', 'comb', 'copysign', 'cos', 'cosh',
                  'degrees', 'dist', 'erf', 'erfc', 'exp', 'exp2', 'expm1',
                  'fabs', 'factorial', 'floor', 'fmod', 'frexp', 'fsum',
                  'gamma', 'gcd', 'hypot', 'isclose', 'isfinite', 'isinf',
                  'isnan', 'isqrt', 'lcm', 'ldexp', 'lgamma', 'log', 'log10',
                  'log1p', 'log2', 'modf', 'nextafter', 'perm', 'pow', 'prod',
                  'radians', 'remainder', 'sin', 'sinh', 'sqrt', 'tan',
                  'tanh', 'trunc', 'ulp']:
        interpleveldefs[_name] = 'interp_math.%s' % _name
    for _name in ['pi', 'e', 'tau', 'inf', 'nan']:
        interpleveldefs[_name] = 'interp_math.constant_%s()' % _name
    del _name
