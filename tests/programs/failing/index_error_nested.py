# IndexError in a nested subscript inside a method
class Grid:
    def __init__(self, rows):
        self.rows = rows

    def cell(self, r, c):
        return self.rows[r][c]


g = Grid([[1, 2], [3, 4]])
print(g.cell(1, 1))
print(g.cell(1, 2))
