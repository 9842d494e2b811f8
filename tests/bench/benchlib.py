"""What the paired benchmarks in tests/bench share."""
import os


def p95(values):
    """The 95th percentile by nearest rank."""
    ordered = sorted(values)
    return ordered[max(0, -(-len(ordered) * 95 // 100) - 1)]


def window_env(work):
    """The environment for a window run in a throwaway HOME under `work`: settings and data
    kept there, offscreen when there is no display."""
    env = dict(os.environ, HOME=work, XDG_CONFIG_HOME=os.path.join(work, "config"),
               XDG_DATA_HOME=os.path.join(work, "data"))
    if not env.get("DISPLAY"):
        env["QT_QPA_PLATFORM"] = "offscreen"
    return env
