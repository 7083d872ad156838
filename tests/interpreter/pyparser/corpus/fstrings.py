# f-strings as Python 3.11 parses them (one STRING token, sub-parsed)
f'{x}'
f''
F'plain'
f'{x!r} {y!s} {z!a}'
f'{x:>10}' f'{x:{w}}' f'{x:{w}.{p}f}'
f'{x!r:^{w}}'
f'{x=}' f'{x = }' f'{x=!s}' f'{x=:>4}' f'{ x = !r:>{w}}'
f'{{literal}}' f'{{{x}}}' f'}}{{'
f'{x, y}' f'{*a, *b}' f'{(lambda q: q)(1)}'
f'{x for x in y}'
f'{(x := 3)}'
f'{a["key"]}' f"{a['key']}" f'{"}"}' f'{"{"}' f"{'''}'''}"
f'{a != b}{a == b}{a <= b}{a >= b}{a < b}{a > b}'
f'{x:%H:%M:%S}'
f'{x:=^10}'
f'{x:{{}}}'
f'{3.14:.{p}f}' f'{1_000:,}' f'{0x1F:#x}'
'a' f'b{c}d' 'e' f'' 'g'
u'unicode' f'{x}' 'tail'
f'' ''
'' f''
'x' f'' 'y'
rf'\d{x}' fr'\{x}' Rf'{x}\n' fR'{x}' rF'{x}'
f'\{6*7}' f'\N{EM DASH}{x}\N{EM DASH}' f'\x41{x}\u20ac\n'
f'{f"{x!r}"}' f'''{f"{f'{x}'}"}'''
f'{x}' \
    f'{y}'
y = (f'{a}'
     f'{b}'
     'c')
f'''multi
line {x}
  and {y!r:>{w}}
end'''
f'''{
    x
}'''
f'''text {x +
y} more'''
f'{é}' f'{ü!r} {ñ=}'
x = 'é' f'é{é}é'
f'{x:\n{y}}'
def g(a=f'{x}', *, b: f'{y}' = 2) -> f'{z}':
    return f'{a}{b}'
@decorator(f'{x}')
class C(f'{y}'):
    attr = f'{self!r}'
lambda: f'{x}'
[f'{i}' for i in range(3)]
{f'{k}': f'{v}' for k, v in d.items()}
print(f'{a}', f'{b}', sep=f'{c}')
f'{x}'.upper()
f'{x}'[0]
