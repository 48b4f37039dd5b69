"""Follow `control.transitions` and print each change of hands: a minimal downstream consumer.

    python examples/follow_transitions.py --bootstrap 127.0.0.1:9092 [--from-beginning]

One line per change: `DAY CAPITAL FROM -> TO` (the day is the event time of the change, the
status in brackets). It reads only the topic contract (`schemas/json/transition.schema.json`),
so it needs nothing of Frontline but aiokafka. Ctrl-C stops it; `--idle-exit N` stops after N
quiet seconds (for scripts and tests).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import signal
import time

from aiokafka import AIOKafkaConsumer


def render(change: dict[str, str]) -> str:
    """`2021-08-06 zaranj [confirmed] government -> taliban`"""
    return (
        f"{change['at'][:10]} {change['capital']} [{change['to_status']}] "
        f"{change['from_controller']} -> {change['to_controller']}"
    )


async def follow(bootstrap: str, topic: str, from_beginning: bool, idle_exit: float | None) -> None:
    consumer = AIOKafkaConsumer(
        topic,
        bootstrap_servers=bootstrap,
        group_id=None,  # a plain reader: no offsets committed, nothing shared with other readers
        auto_offset_reset="earliest" if from_beginning else "latest",
        enable_auto_commit=False,
    )
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    await consumer.start()
    last_seen = time.monotonic()
    try:
        while not stop.is_set():
            batches = await consumer.getmany(timeout_ms=500)
            for records in batches.values():
                for record in records:
                    print(render(json.loads(record.value)), flush=True)
                    last_seen = time.monotonic()
            if idle_exit is not None and time.monotonic() - last_seen > idle_exit:
                break
    finally:
        await consumer.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bootstrap", default="127.0.0.1:9092", help="host:port of a broker")
    parser.add_argument("--topic", default="control.transitions")
    parser.add_argument("--from-beginning", action="store_true", help="replay every change kept on the topic")
    parser.add_argument(
        "--idle-exit",
        type=float,
        default=None,
        metavar="SECONDS",
        help="stop after this long without a message",
    )
    args = parser.parse_args()
    asyncio.run(follow(args.bootstrap, args.topic, args.from_beginning, args.idle_exit))


if __name__ == "__main__":
    main()
