# Non-ASCII identifiers are NFKC-normalized (PEP 3131).
ﬁ = 1
ℌ = ℌ + H
def ﬁnd(ｘ, *, ｙ=1): return ｘ
import ℌello
from ﬁle import ｎame as ａlias
class Ｃlass: ﬀ: int = 0
é = 1
é = 2
x = ｆ(ﬁ=1).ａttr
ｉｆ_ = 1
