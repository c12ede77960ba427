from pathlib import Path

from companion.settings import load_settings, save_user_settings


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_when_no_files(tmp_path: Path) -> None:
    s = load_settings(tmp_path / "user.toml", tmp_path / "machine.toml", environ={})
    assert s.rt.queue == "General"
    assert s.support.backend == "none"
    assert s.problems == []


def test_precedence_machine_user_env(tmp_path: Path) -> None:
    machine = write(
        tmp_path / "m.toml",
        '[rt]\nurl = "https://rt.kommune.no"\nqueue = "Helseplattformen"\n[ui]\nfont_point_size = '
        "12\n",
    )
    user = write(tmp_path / "u.toml", '[rt]\nqueue = "Sykehjem"\n')
    s = load_settings(user, machine, environ={"COMPANION_UI_FONT_POINT_SIZE": "14"})
    assert s.rt.url == "https://rt.kommune.no"  # machine only
    assert s.rt.queue == "Sykehjem"  # user beats machine
    assert s.ui.font_point_size == 14  # env beats both


def test_issue_env_names(tmp_path: Path) -> None:
    env = {
        "COMPANION_SUPPORT_BACKEND": "rt",
        "COMPANION_RT_URL": "http://127.0.0.1:1",
        "COMPANION_RT_QUEUE": "Q",
        "COMPANION_RT_VERIFY_TLS": "false",
        "COMPANION_CONTENT": "/x",
    }
    s = load_settings(tmp_path / "none.toml", None, environ=env)
    assert (s.support.backend, s.rt.url, s.rt.queue, s.rt.verify_tls, s.content.dir) == (
        "rt",
        "http://127.0.0.1:1",
        "Q",
        False,
        "/x",
    )


def test_bad_file_and_bad_values_are_reported_not_fatal(tmp_path: Path) -> None:
    machine = write(tmp_path / "m.toml", "this is [not toml")
    user = write(tmp_path / "u.toml", '[ui]\nfont_point_size = "stor"\n[nope]\nx = 1\n')
    s = load_settings(user, machine, environ={})
    assert s.ui.font_point_size == 11
    assert len(s.problems) == 3
    assert any("hoppet over" in p for p in s.problems)


def test_save_roundtrip_holds_no_secrets(tmp_path: Path) -> None:
    s = load_settings(tmp_path / "u.toml", None, environ={})
    s.rt.url = "https://rt.example"
    save_user_settings(s, tmp_path / "u.toml")
    text = (tmp_path / "u.toml").read_text(encoding="utf-8")
    assert "password" not in text and "token" not in text
    assert load_settings(tmp_path / "u.toml", None, environ={}).rt.url == "https://rt.example"


def test_save_writes_only_what_differs_from_machine_file(tmp_path: Path) -> None:
    machine = write(tmp_path / "m.toml", '[rt]\nurl = "https://rt.kommune.no"\n')
    s = load_settings(tmp_path / "u.toml", machine, environ={})
    s.org.unit = "Avdeling 3"
    save_user_settings(s, tmp_path / "u.toml", machine)
    text = (tmp_path / "u.toml").read_text(encoding="utf-8")
    assert "Avdeling 3" in text and "rt.kommune.no" not in text
    write(machine, '[rt]\nurl = "https://ny-rt.kommune.no"\n')
    again = load_settings(tmp_path / "u.toml", machine, environ={})
    assert again.rt.url == "https://ny-rt.kommune.no"  # IT's later change still reaches the user
    assert again.org.unit == "Avdeling 3"
