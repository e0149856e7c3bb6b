// The leak oracle every target applies: nothing the crate emits holds what its own
// scanner recognises as a personal identity code, in any form a person types.

pub fn no_code(what: &str, text: &str) {
    assert!(
        !tyokyky::hetu_scan::contains_identity_code(text),
        "{what} holds an identity code"
    );
}
