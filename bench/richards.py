"""Richards: Martin Richards' simulation of an operating system's task
scheduler (an idle task, a worker, two handlers and two devices passing
packets).  Method calls, attribute access and small objects.  Arguments:
the number of runs, and the idle task's count (10000, the classic value,
for which a run queues 23246 packets and holds 9297 times).  Checksum: the
queue and hold counts of every run."""

import sys

IDLE, WORKER, HANDLER_A, HANDLER_B, DEVICE_A, DEVICE_B = range(6)
DEVICE_PACKET, WORK_PACKET = 0, 1
BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, queue):
        self.link = None
        if queue is None:
            return self
        last = queue
        while last.link is not None:
            last = last.link
        last.link = self
        return queue


class Task:
    """A task control block: the state bits are `waiting` (for a
    packet), `held` (by another task) and whether a packet is pending."""

    def __init__(self, scheduler, ident, priority, queue):
        self.scheduler = scheduler
        self.ident = ident
        self.priority = priority
        self.queue = queue
        self.waiting = False
        self.held = False
        self.packet_pending = queue is not None
        self.link = scheduler.tasks
        scheduler.tasks = self
        scheduler.table[ident] = self

    def blocked(self):
        return self.held or (self.waiting and not self.packet_pending)

    def add_packet(self, packet, old):
        if self.queue is None:
            self.queue = packet
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            self.queue = packet.append_to(self.queue)
        return old

    def take_packet(self):
        packet = self.queue
        self.queue = packet.link
        self.packet_pending = self.queue is not None
        return packet


class IdleTask(Task):
    def __init__(self, scheduler, ident, priority, queue, count):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.control = 1
        self.count = count

    def run(self, packet):
        s = self.scheduler
        self.count -= 1
        if self.count == 0:
            return s.hold_self()
        if self.control & 1 == 0:
            self.control >>= 1
            return s.release(DEVICE_A)
        self.control = (self.control >> 1) ^ 0xD008
        return s.release(DEVICE_B)


class WorkerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.destination = HANDLER_A
        self.count = 0

    def run(self, packet):
        s = self.scheduler
        if packet is None:
            return s.wait()
        if self.destination == HANDLER_A:
            self.destination = HANDLER_B
        else:
            self.destination = HANDLER_A
        packet.ident = self.destination
        packet.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            packet.data[i] = 64 + self.count
        return s.queue_packet(packet)


class HandlerTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.work_in = None
        self.device_in = None

    def run(self, packet):
        s = self.scheduler
        if packet is not None:
            if packet.kind == WORK_PACKET:
                self.work_in = packet.append_to(self.work_in)
            else:
                self.device_in = packet.append_to(self.device_in)
        work = self.work_in
        if work is not None:
            count = work.datum
            if count < BUFSIZE:
                device = self.device_in
                if device is not None:
                    self.device_in = device.link
                    device.datum = work.data[count]
                    work.datum = count + 1
                    return s.queue_packet(device)
            else:
                self.work_in = work.link
                return s.queue_packet(work)
        return s.wait()


class DeviceTask(Task):
    def __init__(self, scheduler, ident, priority, queue):
        Task.__init__(self, scheduler, ident, priority, queue)
        self.pending = None

    def run(self, packet):
        s = self.scheduler
        if packet is None:
            pending = self.pending
            if pending is None:
                return s.wait()
            self.pending = None
            return s.queue_packet(pending)
        self.pending = packet
        return s.hold_self()


class Scheduler:
    def __init__(self):
        self.tasks = None
        self.table = [None] * 6
        self.current = None
        self.queue_count = 0
        self.hold_count = 0

    def schedule(self):
        task = self.tasks
        while task is not None:
            if task.blocked():
                task = task.link
                continue
            self.current = task
            packet = None
            if task.waiting and task.packet_pending:
                packet = task.take_packet()
                task.waiting = False
            task = task.run(packet)

    def release(self, ident):
        task = self.table[ident]
        task.held = False
        if task.priority > self.current.priority:
            return task
        return self.current

    def hold_self(self):
        self.hold_count += 1
        self.current.held = True
        return self.current.link

    def wait(self):
        self.current.waiting = True
        return self.current

    def queue_packet(self, packet):
        task = self.table[packet.ident]
        self.queue_count += 1
        packet.link = None
        packet.ident = self.current.ident
        return task.add_packet(packet, self.current)


def run_once(count):
    s = Scheduler()
    IdleTask(s, IDLE, 0, None, count)
    queue = Packet(None, WORKER, WORK_PACKET)
    queue = Packet(queue, WORKER, WORK_PACKET)
    WorkerTask(s, WORKER, 1000, queue)
    queue = Packet(None, DEVICE_A, DEVICE_PACKET)
    queue = Packet(queue, DEVICE_A, DEVICE_PACKET)
    queue = Packet(queue, DEVICE_A, DEVICE_PACKET)
    HandlerTask(s, HANDLER_A, 2000, queue)
    queue = Packet(None, DEVICE_B, DEVICE_PACKET)
    queue = Packet(queue, DEVICE_B, DEVICE_PACKET)
    queue = Packet(queue, DEVICE_B, DEVICE_PACKET)
    HandlerTask(s, HANDLER_B, 3000, queue)
    DeviceTask(s, DEVICE_A, 4000, None)
    DeviceTask(s, DEVICE_B, 5000, None)
    # every task but the idle one starts waiting
    task = s.tasks
    while task is not None:
        if task.ident != IDLE:
            task.waiting = True
        task = task.link
    s.schedule()
    return s.queue_count, s.hold_count


def main(runs, count):
    total_q = total_h = 0
    for i in range(runs):
        q, h = run_once(count)
        total_q += q
        total_h += h
    print("richards %d %d" % (total_q, total_h))


main(int(sys.argv[1]) if len(sys.argv) > 1 else 20,
     int(sys.argv[2]) if len(sys.argv) > 2 else 10000)
