# An uncaught exception of a class defined in the program
class ValidationError(ValueError):
    def __init__(self, field, problem):
        ValueError.__init__(self, "%s: %s" % (field, problem))
        self.field = field


def validate(record):
    if "name" not in record:
        raise ValidationError("name", "is required")
    return True


print(validate({"name": "x"}))
validate({})
