"""A stop (Ctrl-C, SIGTERM) whose raise Python swallows is raised again where the batch moves on.

The signal handler raises from wherever the main thread is. Inside a callback the interpreter runs for itself (an
import lock's, a weakref's) the exception is printed as "Exception ignored in …" and dropped. In CI a SIGTERM that
landed there let a batch run to its end and exit 0 instead of 143 (test_hostile's SIGTERM test, once).
"""

from __future__ import annotations

import gc
import weakref

import pytest

from engine import interrupts
from engine.cli import Terminated


class _Thing:
    pass


def _swallowed_stop() -> None:
    """A stop raised inside a weakref callback, as a signal handled there is: Python reports it and goes on."""
    thing = _Thing()
    ref = weakref.ref(thing, lambda _ref: interrupts.stop(Terminated()))
    del thing
    gc.collect()
    assert ref() is None


@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")  # (Python's report of the swallowing)
def test_a_stop_raised_inside_a_callback_is_lost_to_python_but_raised_again_at_the_next_file():
    interrupts.delivered()
    _swallowed_stop()  # no exception reaches this frame
    with pytest.raises(Terminated):
        interrupts.check()
    interrupts.check()  # raised once: nothing is left


def test_a_stop_the_command_received_is_not_raised_again():
    interrupts.delivered()
    with pytest.raises(Terminated):
        interrupts.stop(Terminated())
    interrupts.delivered()  # what engine.cli.main does when the stop reaches it
    interrupts.check()


def test_a_stop_inside_a_shielded_block_waits_for_its_end_and_leaves_nothing_behind():
    interrupts.delivered()
    with pytest.raises(Terminated), interrupts.shielded():
        interrupts.stop(Terminated())
        done = True  # the block runs to its end first
    assert done
    interrupts.check()
