//! The package as crates.io shows it: the licences ship, and every link of the README
//! resolves there (absolute, or to a place in the same page), since crates.io has no
//! repository to resolve a relative link against.

use std::fs;

fn read(path: &str) -> String {
    fs::read_to_string(path).unwrap_or_else(|error| panic!("{path}: {error}"))
}

#[test]
fn the_licences_ship_with_the_crate() {
    let manifest = read("Cargo.toml");
    for file in ["LICENSE-MIT", "LICENSE-APACHE"] {
        assert!(
            manifest.contains(&format!("\"/{file}\"")),
            "{file} is not in the include list"
        );
        assert!(read(file).len() > 500, "{file} is not a licence text");
    }
    assert!(manifest.contains("documentation = \"https://docs.rs/tyokyky\""));
}

#[test]
fn every_readme_link_resolves_on_crates_io() {
    let readme = read("README.md");
    let mut relative = Vec::new();
    for (start, _) in readme.match_indices("](") {
        let target = &readme[start + 2..];
        let target = &target[..target.find(')').unwrap_or(target.len())];
        if !(target.starts_with("https://") || target.starts_with('#')) {
            relative.push(target.to_owned());
        }
    }
    assert!(relative.is_empty(), "relative links: {relative:?}");
}
