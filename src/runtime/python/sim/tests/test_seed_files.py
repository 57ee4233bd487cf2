import _loopscope_sim


def test_seed_files_writes_the_sample_files(tmp_path):
    written = _loopscope_sim.seed_files(str(tmp_path / "run"))
    names = sorted(p.rsplit("/", 1)[-1] for p in written)
    assert names == ["data.json", "data.txt", "file1.txt", "file2.txt", "file3.txt",
                     "users.csv"]
    assert "sample data" in (tmp_path / "run" / "file1.txt").read_text()
    assert (tmp_path / "run" / "users.csv").read_text().startswith("id,name,email\n")
