"""`frontline`: the command line of the service (run `frontline --help`)."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import logging
import os
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator, Sequence
from datetime import datetime
from pathlib import Path
from typing import Any, TextIO

import orjson

from schemas.article import Article
from schemas.events import parse_event
from streams import __version__
from streams.broker import EmbeddedBroker, free_port
from streams.core.extract import Decision, Extractor
from streams.core.reduce import fold, table_json
from streams.core.resources import facts_path, load_theatre, sample_articles_path
from streams.ingest import Loaded, Problem, ProgressBar, produce_articles, read_articles
from streams.settings import Settings
from streams.topics import client_options, ensure_topics

log = logging.getLogger("frontline")


def _settings(args: argparse.Namespace) -> Settings:
    overrides: dict[str, Any] = {}
    if getattr(args, "theatre", None):
        overrides["theatre"] = args.theatre
    if getattr(args, "web_port", None) is not None:
        overrides["web_port"] = args.web_port
    return Settings(**overrides)


def _open_input(path: str) -> contextlib.AbstractContextManager[TextIO]:
    if path == "-":
        return contextlib.nullcontext(sys.stdin)
    return open(path, encoding="utf-8")


def _jsonl(handle: TextIO, name: str) -> Iterator[tuple[int, Any]]:
    for number, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        try:
            yield number, orjson.loads(line)
        except orjson.JSONDecodeError as exc:
            raise SystemExit(f"{name}:{number}: not JSON: {exc}") from exc


def _aware_time(text: str) -> datetime:
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO 8601 time: {text!r}") from exc
    if moment.tzinfo is None:
        raise argparse.ArgumentTypeError(f"{text!r} has no UTC offset (the theatre's days depend on it)")
    return moment


def _published_at_option(command: argparse.ArgumentParser) -> None:
    command.add_argument(
        "--published-at",
        type=_aware_time,
        metavar="TIME",
        help="publication time of plain-text (.txt) articles, ISO 8601 with offset "
        "(2021-08-13T12:00+04:30); JSON articles carry their own",
    )


# ------------------------------------------------------------------ offline commands
def cmd_extract(args: argparse.Namespace) -> int:
    settings = _settings(args)
    extractor = Extractor(load_theatre(settings.theatre))
    out = sys.stdout
    bad = 0
    for item in read_articles([args.file], args.published_at):
        if isinstance(item, Problem):
            print(f"error: {item}", file=sys.stderr)
            bad += 1
            continue
        trace: list[Decision] | None = [] if args.explain else None
        events = extractor.extract(item.article, trace)
        if args.explain:
            _explain(out, item.article, events, trace or [], extractor)
        else:
            for event in events:
                out.write(event.model_dump_json())
                out.write("\n")
    return 1 if bad else 0


def _explain(
    out: TextIO, article: Article, events: Sequence[Any], trace: list[Decision], extractor: Extractor
) -> None:
    out.write(f"== article {article.id} ({article.published_at.isoformat()}): {len(events)} events\n")
    sentences = extractor._sentences(article)  # the same split the extractor used
    by_sentence: dict[int, list[Decision]] = {}
    for decision in trace:
        by_sentence.setdefault(decision.sentence, []).append(decision)
    for sentence in sentences:
        decisions = by_sentence.get(sentence.index)
        if not decisions:
            continue
        out.write(f"[{sentence.field} {sentence.index}] {sentence.text}\n")
        for d in decisions:
            mark = "+" if d.outcome == "event" else "-"
            out.write(f"   {mark} {d.rule} -> {d.text}: {d.reason}\n")


def cmd_fold(args: argparse.Namespace) -> int:
    settings = _settings(args)
    theatre = load_theatre(settings.theatre)
    with _open_input(args.file) as handle:  # streamed: `fold` holds a chunk of the log at a time
        state = fold((parse_event(payload) for _, payload in _jsonl(handle, args.file)), theatre)
    json.dump(table_json(state), sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from streams import evaluate

    settings = _settings(args)
    theatre = load_theatre(settings.theatre)
    records = evaluate.load_gold([Path(p) for p in args.gold])
    facts_file = facts_path(theatre.id)
    facts = evaluate.load_facts(facts_file) if facts_file.exists() else {}
    report = evaluate.evaluate(records, Extractor(theatre), facts, theatre.timeline_checkpoints)
    if args.json:
        json.dump(report.as_json(), sys.stdout, indent=2)
        sys.stdout.write("\n")
    else:
        print(evaluate.render(report))
        for line in report.errors[: args.errors]:
            print(f"  {line}")
    problems = evaluate.failures(report, args.min_f1, args.min_modality, args.max_trap_events)
    for problem in problems:
        print(f"below threshold: {problem}", file=sys.stderr)
    return 1 if problems else 0


# ------------------------------------------------------------------ broker and worker
def _configure_logging(settings: Settings) -> None:
    from streams.logs import PLAIN_FORMAT

    logging.basicConfig(level=settings.log_level, stream=sys.stderr, format=PLAIN_FORMAT)
    for noisy in ("aiokafka", "kafka"):
        logging.getLogger(noisy).setLevel(max(logging.INFO, logging.getLevelName(settings.log_level)))


@contextlib.contextmanager
def broker_for(settings: Settings) -> Iterator[Settings]:
    """The configured broker, or the embedded one for as long as the block runs."""
    if settings.broker:
        yield settings
        return
    with EmbeddedBroker() as broker:
        log.info("FRONTLINE_BROKER unset: embedded broker at %s", broker.url)
        yield settings.model_copy(update={"broker": broker.url})


def cmd_worker(args: argparse.Namespace) -> int:
    settings = _settings(args)
    _configure_logging(settings)
    import faust  # the worker is the only command that needs Faust

    from streams.app import build_app
    from streams.logs import logging_config

    with broker_for(settings) as live:
        loop = _new_event_loop()
        asyncio.set_event_loop(loop)
        loop.run_until_complete(_ensure_topics_with_retry(live))
        frontline = build_app(live)
        log.info("worker serving http://%s:%d/ (metrics at /metrics)", live.web_host, live.web_port)
        worker = faust.Worker(
            frontline.app,
            loop=loop,
            loglevel=live.log_level,
            logging_config=logging_config(live),
            redirect_stdouts=False,
        )
        try:
            worker.execute_from_commandline()
        except SystemExit as exit_:
            return int(exit_.code or 0)
    return 0


def _new_event_loop() -> asyncio.AbstractEventLoop:
    """uvloop where it exists (measured: the worker handles about 15 % more articles per
    second); its policy also serves the loop of Faust's consumer thread."""
    try:
        import uvloop
    except ImportError:  # not built for this platform
        return asyncio.new_event_loop()
    asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    return asyncio.new_event_loop()


async def _ensure_topics_with_retry(settings: Settings, attempts: int = 8) -> None:
    """A broker that is down at start-up: a clear message, retries with backoff, then exit."""
    delay = 1.0
    for attempt in range(1, attempts + 1):
        try:
            await ensure_topics(settings)
            return
        except Exception as exc:
            if attempt == attempts:
                raise SystemExit(
                    f"broker {settings.broker} unreachable after {attempts} tries: {exc!r}"
                ) from exc
            log.warning(
                "broker %s not reachable (%r); retry %d/%d in %.0f s",
                settings.broker,
                exc,
                attempt,
                attempts,
                delay,
            )
            await asyncio.sleep(delay)
            delay = min(delay * 2, 30.0)


def cmd_api(args: argparse.Namespace) -> int:
    """The read service: follows events.typed and serves the query API and the live page."""
    settings = _settings(args)
    _configure_logging(settings)
    if not settings.broker:
        print(
            "error: set FRONTLINE_BROKER=kafka://host:port (the broker the worker writes to)", file=sys.stderr
        )
        return 2
    from streams.api.service import serve

    host = args.host or settings.api_host
    port = args.port if args.port is not None else settings.api_port
    loop = _new_event_loop()
    asyncio.set_event_loop(loop)
    try:
        loop.run_until_complete(_ensure_topics_with_retry(settings))
        loop.run_until_complete(serve(settings, load_theatre(settings.theatre), host, port))
    finally:
        loop.close()
    return 0


def cmd_broker(args: argparse.Namespace) -> int:
    with EmbeddedBroker(port=args.port) as broker:
        print(f"embedded broker listening on {broker.url} (Ctrl-C to stop)", flush=True)
        with contextlib.suppress(KeyboardInterrupt):
            signal.sigwait({signal.SIGINT, signal.SIGTERM})
    return 0


# ------------------------------------------------------------------ clients of a running worker
def _http_json(url: str, timeout: float = 5.0) -> Any:
    with urllib.request.urlopen(url, timeout=timeout) as response:
        return json.loads(response.read())


def cmd_state(args: argparse.Namespace) -> int:
    settings = _settings(args)
    url = f"http://{settings.web_host}:{settings.web_port}/state"
    try:
        state = _http_json(url)
    except (urllib.error.URLError, OSError) as exc:
        print(f"error: no worker answering at {url}: {exc}", file=sys.stderr)
        return 2
    json.dump(state, sys.stdout, indent=2)
    sys.stdout.write("\n")
    return 0


def _load_for_ingest(
    paths: Sequence[str], published_at: datetime | None = None
) -> tuple[list[Loaded], list[Problem]]:
    good: list[Loaded] = []
    bad: list[Problem] = []
    for item in read_articles(paths, published_at):
        (bad if isinstance(item, Problem) else good).append(item)  # type: ignore[arg-type]
    return good, bad


def cmd_ingest(args: argparse.Namespace) -> int:
    settings = _settings(args)
    if not settings.broker:
        print("error: set FRONTLINE_BROKER=kafka://host:port (a running broker) to ingest", file=sys.stderr)
        return 2
    good, bad = _load_for_ingest(args.paths, args.published_at)
    for problem in bad:
        print(f"error: {problem}", file=sys.stderr)
    asyncio.run(ensure_topics(settings))
    bar = ProgressBar(len(good)) if good else None
    sent = asyncio.run(produce_articles(client_options(settings), settings.topic_articles, good, bar))
    print(f"ingested {sent} articles into {settings.topic_articles}; {len(bad)} bad lines", file=sys.stderr)
    return 1 if bad else 0


def cmd_replay(args: argparse.Namespace) -> int:
    from streams import replay

    settings = _settings(args)
    if not settings.broker:
        print("error: set FRONTLINE_BROKER=kafka://host:port (the broker holding the logs)", file=sys.stderr)
        return 2
    theatre = load_theatre(settings.theatre)
    if args.verify:
        verified = asyncio.run(replay.verify(settings, theatre, args.worker))
        json.dump(verified.as_json(), sys.stdout, indent=2)
        print(
            f"\nrebuilt the table from {verified.events} events: "
            + (
                "same as the live table"
                if not verified.differences
                else f"{len(verified.differences)} differences"
            ),
            file=sys.stderr,
        )
        return 1 if verified.differences else 0
    report = asyncio.run(replay.reextract_logs(settings, theatre, Extractor(theatre)))
    json.dump(report.as_json(), sys.stdout, indent=2)
    print(
        f"\nre-extracted {report.articles} articles: {len(report.added)} events added, "
        f"{len(report.removed)} removed, {len({d.capital for d in report.state_changes})} capitals changed",
        file=sys.stderr,
    )
    return 0


# ------------------------------------------------------------------ demo
def _wait_http(url: str, timeout_s: float, process: subprocess.Popen[bytes]) -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"worker exited with {process.returncode} before it was ready")
        try:
            _http_json(url, timeout=2)
            return
        except (urllib.error.URLError, OSError, ValueError):
            time.sleep(0.25)
    raise SystemExit(f"worker not ready at {url} after {timeout_s:.0f} s")


def _wait_processed(
    base: str, expected: int, timeout_s: float, process: subprocess.Popen[bytes]
) -> dict[str, Any]:
    """Until every article is accounted for and every emitted event folded (stable twice)."""
    deadline = time.monotonic() + timeout_s
    previous: dict[str, Any] | None = None
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise SystemExit(f"worker exited with {process.returncode}")
        progress: dict[str, Any] = _http_json(f"{base}/progress")
        done = (
            progress["articles"] + progress["dead_letters"] >= expected
            and progress["events_applied"] >= progress["events_emitted"]
        )
        stable = previous is not None and {k: v for k, v in progress.items() if k != "uptime_s"} == {
            k: v for k, v in previous.items() if k != "uptime_s"
        }
        if done and stable:
            return progress
        previous = progress
        time.sleep(0.3)
    raise SystemExit(f"worker did not process the {expected} articles within {timeout_s:.0f} s")


def _print_transition(payload: bytes) -> None:
    change = orjson.loads(payload)
    print(
        f"{change['at'][:10]}  {change['capital_name']:<16} {change['from_controller']:>10} -> "
        f"{change['to_controller']:<10} ({change['to_status']}; article {change['article_id']})",
        flush=True,
    )


async def _follow_transitions(settings: Settings, stop: asyncio.Event) -> None:
    from aiokafka import AIOKafkaConsumer

    consumer = AIOKafkaConsumer(
        settings.topic_transitions,
        auto_offset_reset="earliest",
        enable_auto_commit=False,
        **client_options(settings),
    )
    await consumer.start()
    try:
        while not stop.is_set():
            batches = await consumer.getmany(timeout_ms=500)
            for records in batches.values():
                for record in records:
                    _print_transition(record.value)
    finally:
        await consumer.stop()


def cmd_demo(args: argparse.Namespace) -> int:
    settings = _settings(args)
    logging.basicConfig(level=logging.INFO, stream=sys.stderr, format="%(message)s")
    samples = args.samples or str(sample_articles_path(load_theatre(settings.theatre).id))
    good, bad = _load_for_ingest([samples])
    for problem in bad:
        print(f"error: {problem}", file=sys.stderr)
    started = time.monotonic()
    with broker_for(settings) as live:
        asyncio.run(ensure_topics(live))
        port = settings.web_port if settings.web_port else free_port()
        base = f"http://{live.web_host}:{port}"
        env = {
            **os.environ,
            "FRONTLINE_BROKER": str(live.broker),
            "FRONTLINE_WEB_PORT": str(port),
            "FRONTLINE_THEATRE": live.theatre,
        }
        worker = subprocess.Popen(
            [sys.executable, "-m", "streams.cli", "worker"],
            env=env,
            stdout=sys.stderr,
            stderr=sys.stderr if args.verbose else subprocess.DEVNULL,
        )
        try:
            _wait_http(f"{base}/healthz", 90, worker)
            print(
                f"frontline worker at {base}/  (state: {base}/state, metrics: {base}/metrics)",
                file=sys.stderr,
                flush=True,
            )
            asyncio.run(produce_articles(client_options(live), live.topic_articles, good))
            print(f"ingested {len(good)} sample articles", file=sys.stderr, flush=True)
            if args.once:
                progress = _wait_processed(base, len(good), args.timeout, worker)
                state = _http_json(f"{base}/state")
                json.dump(state, sys.stdout, indent=2)
                sys.stdout.write("\n")
                print(
                    f"processed {progress['articles']} articles, {progress['events_emitted']} events, "
                    f"{progress['dead_letters']} dead letters in {time.monotonic() - started:.1f} s",
                    file=sys.stderr,
                )
                return 0
            return _run_until_interrupted(live)
        finally:
            _stop_process(worker)


def _run_until_interrupted(settings: Settings) -> int:
    print("control changes as they are folded (Ctrl-C to stop):", file=sys.stderr, flush=True)

    async def follow() -> None:
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(sig, stop.set)
        await _follow_transitions(settings, stop)

    asyncio.run(follow())
    return 0


def _stop_process(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=5)


# ------------------------------------------------------------------ benchmark
def cmd_bench(args: argparse.Namespace) -> int:
    from streams.bench.report import as_json, as_table
    from streams.bench.run import run_bench

    logging.basicConfig(level=logging.WARNING, stream=sys.stderr, format="%(message)s")
    settings = _settings(args).model_copy(update={"broker": None})  # always a fresh embedded broker
    figures = run_bench(settings, quick=args.quick, say=lambda text: print(text, file=sys.stderr, flush=True))
    print(as_json(figures) if args.json else as_table(figures))
    return 0


# ------------------------------------------------------------------ parser
def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="frontline",
        description="Frontline: news wire text in, a live control table of a conflict's capitals out. "
        "Configuration comes from FRONTLINE_* environment variables (see README).",
    )
    parser.add_argument("--version", action="version", version=f"frontline {__version__}")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    def add(name: str, help_: str) -> argparse.ArgumentParser:
        command = sub.add_parser(name, help=help_, description=help_)
        command.add_argument(
            "--theatre", help="theatre id or JSON path (default: FRONTLINE_THEATRE or afghanistan-2021)"
        )
        return command

    demo = add(
        "demo",
        "Run the embedded broker, a worker and the bundled sample articles; "
        "print the control table as it changes.",
    )
    demo.add_argument(
        "--once",
        action="store_true",
        help="ingest the samples, wait until processed, print the final state JSON and exit",
    )
    demo.add_argument("--web-port", type=int, default=None, help="HTTP port of the worker (default 6066)")
    demo.add_argument("--samples", help="articles to ingest instead of the bundled samples")
    demo.add_argument("--timeout", type=float, default=180.0, help="seconds --once waits at most")
    demo.add_argument("--verbose", action="store_true", help="show the worker's logs")
    demo.set_defaults(func=cmd_demo)

    worker = add("worker", "Run the stream worker (embedded broker when FRONTLINE_BROKER is unset).")
    worker.add_argument("--web-port", type=int, default=None, help="HTTP port (default 6066)")
    worker.set_defaults(func=cmd_worker)

    ingest = add("ingest", "Produce JSON/JSONL files or folders of articles into articles.raw.")
    ingest.add_argument("paths", nargs="+", help="files or folders (- for stdin)")
    _published_at_option(ingest)
    ingest.set_defaults(func=cmd_ingest)

    extract = add("extract", "Offline: Article JSONL in, one event JSON per line out.")
    extract.add_argument(
        "file", nargs="?", default="-", help="JSONL file of articles, or a plain-text article (default stdin)"
    )
    _published_at_option(extract)
    extract.add_argument(
        "--explain",
        action="store_true",
        help="print, per sentence, the rules that fired and why candidates were dropped",
    )
    extract.set_defaults(func=cmd_extract)

    fold_ = add("fold", "Offline: event JSONL in, the final state of every capital out (JSON).")
    fold_.add_argument("file", nargs="?", default="-", help="JSONL file of events (default stdin)")
    fold_.set_defaults(func=cmd_fold)

    eval_ = add(
        "eval",
        "Score the extractor on a gold corpus (precision/recall/F1, modality, traps, "
        "timeline); exit 1 below the thresholds.",
    )
    eval_.add_argument("gold", nargs="+", help="gold JSONL files or folders")
    eval_.add_argument("--json", action="store_true", help="print the report as JSON")
    eval_.add_argument("--min-f1", type=float, default=0.95, help="strict control-event F1 (default 0.95)")
    eval_.add_argument("--min-modality", type=float, default=0.90, help="modality accuracy (default 0.90)")
    eval_.add_argument("--max-trap-events", type=int, default=0, help="control events allowed on traps")
    eval_.add_argument("--errors", type=int, default=0, help="list this many mismatches after the table")
    eval_.set_defaults(func=cmd_eval)

    state = add("state", "Print the live table of a running worker.")
    state.add_argument("--web-port", type=int, default=None, help="the worker's HTTP port (default 6066)")
    state.set_defaults(func=cmd_state)

    api = add(
        "api",
        "Serve the read-only query API and the live control page, folding events.typed in memory "
        "(needs FRONTLINE_BROKER).",
    )
    api.add_argument("--host", default=None, help="address to bind (default FRONTLINE_API_HOST or 127.0.0.1)")
    api.add_argument("--port", type=int, default=None, help="port (default FRONTLINE_API_PORT or 6067)")
    api.set_defaults(func=cmd_api)

    bench = add(
        "bench",
        "Measure the pure extractor and fold, the broker's ceiling, Frontline end to end, latency "
        "and memory, on a fresh embedded broker; print a table.",
    )
    bench.add_argument("--quick", action="store_true", help="a reduced run for smoke use (about a minute)")
    bench.add_argument("--json", action="store_true", help="print one JSON object instead of the table")
    bench.set_defaults(func=cmd_bench)

    replay_ = add("replay", "Rebuild state from the logs and report differences (needs FRONTLINE_BROKER).")
    mode = replay_.add_mutually_exclusive_group(required=True)
    mode.add_argument(
        "--verify",
        action="store_true",
        help="fold events.typed from offset 0 into a fresh table and compare it with the live one "
        "(exit 1 on any difference)",
    )
    mode.add_argument(
        "--reextract",
        action="store_true",
        help="re-run the current extractor over articles.raw and report events added, removed "
        "and states changed",
    )
    replay_.add_argument(
        "--worker", metavar="URL", help="with --verify: a worker's /state URL instead of control.state"
    )
    replay_.set_defaults(func=cmd_replay)

    broker = sub.add_parser(
        "broker",
        help="Run the embedded Kafka-protocol broker on its own.",
        description="Run the embedded Kafka-protocol broker (Tansu) on 127.0.0.1.",
    )
    broker.add_argument("--port", type=int, default=9092, help="port on 127.0.0.1 (default 9092)")
    broker.set_defaults(func=cmd_broker)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    try:
        code: int = args.func(args)
    except BrokenPipeError:
        # the reader went away (`frontline extract ... | head`): stop quietly, as Unix tools do
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
    return code


if __name__ == "__main__":
    sys.exit(main())
