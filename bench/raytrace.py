"""A small ray tracer: spheres and a plane, a point light, shadows and
one level of reflection, rendered to a grid of grey levels.  Vector
objects, float arithmetic and method calls.  Argument: the image width
(the height is 3/4 of it).  Checksum: the sum of the grey levels."""

import sys


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def sub(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self.scale(1.0 / self.dot(self) ** 0.5)


class Sphere:
    def __init__(self, center, radius, shade, mirror):
        self.center = center
        self.radius2 = radius * radius
        self.shade = shade
        self.mirror = mirror

    def hit(self, origin, direction):
        oc = origin.sub(self.center)
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius2
        disc = b * b - c
        if disc < 0.0:
            return -1.0
        root = disc ** 0.5
        t = -b - root
        if t > 1e-6:
            return t
        t = -b + root
        if t > 1e-6:
            return t
        return -1.0

    def normal(self, point):
        return point.sub(self.center).norm()


class Plane:
    def __init__(self, height, shade, mirror):
        self.height = height
        self.shade = shade
        self.mirror = mirror

    def hit(self, origin, direction):
        if -1e-9 < direction.y < 1e-9:
            return -1.0
        t = (self.height - origin.y) / direction.y
        return t if t > 1e-6 else -1.0

    def normal(self, point):
        return Vec(0.0, 1.0, 0.0)


class Scene:
    def __init__(self):
        self.objects = [
            Sphere(Vec(0.0, 1.0, 5.0), 1.0, 0.9, 0.3),
            Sphere(Vec(-2.0, 0.6, 6.0), 0.6, 0.7, 0.0),
            Sphere(Vec(1.8, 0.5, 4.0), 0.5, 0.5, 0.6),
            Plane(0.0, 0.6, 0.2),
        ]
        self.light = Vec(-3.0, 6.0, 0.0)

    def closest(self, origin, direction):
        best_t = -1.0
        best = None
        for obj in self.objects:
            t = obj.hit(origin, direction)
            if t > 0.0 and (best is None or t < best_t):
                best_t = t
                best = obj
        return best, best_t

    def trace(self, origin, direction, depth):
        obj, t = self.closest(origin, direction)
        if obj is None:
            return 0.1
        point = origin.add(direction.scale(t))
        normal = obj.normal(point)
        to_light = self.light.sub(point).norm()
        brightness = 0.1
        lambert = normal.dot(to_light)
        if lambert > 0.0:
            shadow, _ = self.closest(point, to_light)
            if shadow is None:
                brightness += lambert * obj.shade
        if obj.mirror > 0.0 and depth < 2:
            bounce = normal.scale(2.0 * direction.dot(normal))
            reflected = direction.sub(bounce)
            brightness += obj.mirror * self.trace(point, reflected, depth + 1)
        return brightness


def render(width):
    height = width * 3 // 4
    scene = Scene()
    eye = Vec(0.0, 1.5, -1.0)
    total = 0
    for j in range(height):
        for i in range(width):
            x = (i - width / 2.0) / width
            y = (height / 2.0 - j) / width
            direction = Vec(x, y, 1.0).norm()
            level = int(scene.trace(eye, direction, 0) * 255.0)
            if level > 255:
                level = 255
            total += level
    return total


def main(width):
    print("raytrace %d" % render(width))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 320)
