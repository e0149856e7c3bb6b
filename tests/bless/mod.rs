//! Writing a generated file under `TYOKYKY_BLESS=1` so that a test reading it at the same
//! moment never sees half a file: an unchanged file is not touched, a changed one is
//! written under a temporary name beside it and renamed over it (a rename within a
//! directory is atomic), so the bless run is deterministic whatever else runs.
//! [`check`] is the test every generated file goes through: compared with the committed
//! one, or rewritten under `TYOKYKY_BLESS=1`.

use std::fs;
use std::path::Path;

/// Writes `text` to `path` atomically, unless the file already holds it.
pub fn write(path: &Path, text: &str) {
    if fs::read_to_string(path).ok().as_deref() == Some(text) {
        return;
    }
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir).expect("create the directory");
    }
    let mut temporary = path.as_os_str().to_owned();
    temporary.push(format!(".{}.tmp", std::process::id()));
    fs::write(&temporary, text).expect("write the temporary file");
    fs::rename(&temporary, path).expect("rename over the file");
}

/// Compares each generated file (its path and text) with the committed one, or rewrites
/// it under `TYOKYKY_BLESS=1`; fails naming every stale file and `command`, the run that
/// rewrites them.
pub fn check<P: AsRef<Path>>(files: impl IntoIterator<Item = (P, String)>, command: &str) {
    let bless = std::env::var_os("TYOKYKY_BLESS").is_some();
    let mut stale = Vec::new();
    for (path, text) in files {
        let path = path.as_ref();
        if bless {
            write(path, &text);
        } else if fs::read_to_string(path).ok().as_deref() != Some(text.as_str()) {
            stale.push(path.display().to_string());
        }
    }
    assert!(
        stale.is_empty(),
        "stale generated files {stale:?}: run `{command}` and commit them"
    );
}
