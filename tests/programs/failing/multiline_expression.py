# Errors inside expressions that span several lines
def price(item):
    return item["price"]


items = [{"price": 3}, {"cost": 4}]
total = (price(items[0]) +
         price(items[1]))
