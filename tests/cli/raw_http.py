#!/usr/bin/env python3
"""Sends raw bytes to `precis serve`, for tests/cli/serve_hostile.sh.

  raw_http.py PORT < request-bytes

Sends standard input as is to 127.0.0.1:PORT, reads the answer for up to
5 s, and prints it, then "<closed>" if the server closed the connection
or "<open>" if it was still open after the 5 s.
"""
import socket
import sys
import time

port = int(sys.argv[1])
data = sys.stdin.buffer.read()
s = socket.create_connection(("127.0.0.1", port), timeout=5)
try:
    s.sendall(data)
except OSError:
    pass
reply = b""
end = "<open>"
deadline = time.monotonic() + 5
while time.monotonic() < deadline:
    s.settimeout(max(0.01, deadline - time.monotonic()))
    try:
        part = s.recv(65536)
    except socket.timeout:
        break
    except OSError:
        end = "<closed>"
        break
    if not part:
        end = "<closed>"
        break
    reply += part
sys.stdout.buffer.write(reply + b"\n" + end.encode() + b"\n")
