# -*- coding: utf-8 -*-
café = 1
naïve = café + 1
x = 'héllo'; y = "日本語"
print(café, 'ünïcödé', 名前)
if x:  # comment with ünicode €
    pass
x = [
    1,
    2,  # comment
]
x = (1 +
     2)
x = 1 + \
    2
def f(
    a,
    b,
):
    pass
	
if a:
	if b:
		pass
x = {
    'a': 1,

    'b': 2,
}
class A:

    def f(self):

        pass


    x = 1
