#!/usr/bin/env python3
"""Slow clients against `precis serve`, for tests/cli/serve_hostile.sh.

  slow_clients.py PORT N MODE SECONDS [SOURCE]

Opens N connections to 127.0.0.1:PORT (from address SOURCE, default
127.0.0.2: one client; "many" gives each its own 127.0.x.y address) that
trickle a request one byte per second: MODE "headers" trickles the request
line and headers, "body" sends the headers of a 100000-byte body at once,
then the body one byte per second. While they trickle, GET /health is
asked from 127.0.0.1 every 0.25 s for SECONDS seconds; prints the slowest
health answer time in seconds ("health_max 0.004"), how many health checks
failed, and how many slow connections the server had answered (408) or
closed by the end.
"""
import socket
import sys
import time


def main():
    port, n, mode, secs = int(sys.argv[1]), int(sys.argv[2]), sys.argv[3], float(sys.argv[4])
    source = sys.argv[5] if len(sys.argv) > 5 else "127.0.0.2"
    if mode == "headers":
        head = b"GET /health HTTP/1.1\r\nHost: x\r\nX-Slow: " + b"a" * 100 + b"\r\n\r\n"
        rest = head
        head = b""
    else:
        head = (b"POST /v1/brief HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\n"
                b"Content-Length: 100000\r\n\r\n")
        rest = b"a" * 100000
    conns = []
    for i in range(n):
        s = socket.socket()
        addr = "127.0.%d.%d" % (1 + i // 250, 1 + i % 250) if source == "many" else source
        try:
            s.bind((addr, 0))
            s.connect(("127.0.0.1", port))
            if head:
                s.sendall(head)
            s.setblocking(False)
            conns.append(s)
        except OSError:
            s.close()
    opened = len(conns)
    worst, failed, closed = 0.0, 0, set()
    start = time.monotonic()
    k = 0
    while time.monotonic() - start < secs:
        for i, s in enumerate(conns):
            if i in closed:
                continue
            try:
                s.send(rest[k:k + 1])
                try:
                    s.recv(4096)  # the 408, or the end
                    closed.add(i)
                except BlockingIOError:
                    pass
            except OSError:
                closed.add(i)
        k += 1
        for _ in range(2):
            t0 = time.monotonic()
            try:
                h = socket.create_connection(("127.0.0.1", port), timeout=5)
                h.sendall(b"GET /health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
                reply = b""
                while True:
                    part = h.recv(4096)
                    if not part:
                        break
                    reply += part
                h.close()
                if not reply.startswith(b"HTTP/1.1 200"):
                    failed += 1
            except OSError:
                failed += 1
            worst = max(worst, time.monotonic() - t0)
            time.sleep(0.25)
    print("opened %d health_max %.3f health_failed %d slow_closed %d"
          % (opened, worst, failed, len(closed)))


main()
