"""ui.cache.kept: a result is built once however many threads ask for it at the same time."""
import sys
import threading

from ui import cache


def _waiting_in_event(thread: threading.Thread) -> bool:
    frame = sys._current_frames().get(thread.ident)
    while frame is not None:
        if frame.f_code.co_name == "wait" and "threading" in frame.f_code.co_filename:
            return True
        frame = frame.f_back
    return False


def _wait_until(condition) -> None:
    while not condition():
        threading.Event().wait(0.001)


def test_a_second_caller_waits_for_the_first_build_instead_of_building_again():
    gate, calls, results = threading.Event(), [], []

    @cache.kept
    def slow(x):
        calls.append(x)
        gate.wait()
        return x * 2

    first = threading.Thread(target=lambda: results.append(slow(21)))
    first.start()
    _wait_until(lambda: calls)                      # the first is building
    second = threading.Thread(target=lambda: results.append(slow(21)))
    second.start()
    _wait_until(lambda: _waiting_in_event(second))  # the second waits for it
    gate.set()
    first.join()
    second.join()
    assert calls == [21] and results == [42, 42]


def test_when_the_build_fails_a_waiting_caller_builds_it_itself():
    gate, calls, results = threading.Event(), [], []

    @cache.kept
    def flaky(x):
        calls.append(x)
        if len(calls) == 1:
            gate.wait()
            raise ValueError("first build fails")
        return x + 1

    def ask():
        try:
            results.append(flaky(1))
        except ValueError as error:
            results.append(str(error))

    first = threading.Thread(target=ask)
    first.start()
    _wait_until(lambda: calls)
    second = threading.Thread(target=ask)
    second.start()
    _wait_until(lambda: _waiting_in_event(second))
    gate.set()
    first.join()
    second.join()
    assert calls == [1, 1] and sorted(map(str, results)) == ["2", "first build fails"]
    assert flaky(1) == 2 and calls == [1, 1]        # kept now
