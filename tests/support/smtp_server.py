#!/usr/bin/python3
"""A local SMTP submission server for the mail tests (Debian's python3-aiosmtpd).

Usage: smtp_server.py PORT OUTDIR [--cert CERT --key KEY] [--user USER --password PASS]
                      [--max-size BYTES]
With --cert, STARTTLS is offered and required before AUTH; without it, no STARTTLS is offered.
Each accepted message is written as OUTDIR/NNN.eml. Prints "ready" once it listens; stops on
SIGTERM or when stdin closes.
"""
import argparse
import asyncio
import os
import signal
import ssl
import sys
import threading

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword, SMTP


class Handler:
    def __init__(self, outdir):
        self.outdir = outdir
        self.count = 0

    async def handle_DATA(self, server, session, envelope):
        self.count += 1
        path = os.path.join(self.outdir, "%03d.eml" % self.count)
        with open(path, "wb") as f:
            f.write(envelope.original_content or envelope.content)
        with open(path + ".rcpt", "w") as f:
            f.write("\n".join(envelope.rcpt_tos))
        return "250 2.0.0 Ok: queued as TEST%03d" % self.count

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.endswith("@refused.test"):
            return "550 5.1.1 Recipient address rejected"
        envelope.rcpt_tos.append(address)
        return "250 OK"


def main():
    p = argparse.ArgumentParser()
    p.add_argument("port", type=int)
    p.add_argument("outdir")
    p.add_argument("--cert")
    p.add_argument("--key")
    p.add_argument("--user", default="")
    p.add_argument("--password", default="")
    p.add_argument("--max-size", type=int, default=33554432)
    a = p.parse_args()

    def authenticator(server, session, envelope, mechanism, auth_data):
        ok = isinstance(auth_data, LoginPassword) and auth_data.login == a.user.encode() \
            and auth_data.password == a.password.encode()
        return AuthResult(success=ok, handled=False)

    tls = None
    if a.cert:
        tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        tls.load_cert_chain(a.cert, a.key)

    class Factory(Controller):
        def factory(self):
            return SMTP(self.handler, tls_context=tls, require_starttls=tls is not None,
                        authenticator=authenticator if a.user else None, auth_required=bool(a.user),
                        auth_require_tls=tls is not None, data_size_limit=a.max_size,
                        hostname="inbeeld-test")

    controller = Factory(Handler(a.outdir), hostname="127.0.0.1", port=a.port)
    controller.start()
    print("ready", flush=True)
    stop = threading.Event()
    signal.signal(signal.SIGTERM, lambda *_: stop.set())
    threading.Thread(target=lambda: (sys.stdin.read(), stop.set()), daemon=True).start()
    stop.wait()
    controller.stop()


if __name__ == "__main__":
    main()
