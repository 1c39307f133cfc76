//! Confinement of the `std.fs_*` operations (stdpaths.rs, stdhandles.rs): for each, a path
//! out of the grant through `..`, an absolute path, a symbolic link out of the granted
//! directory (a dangling one too), and the granted directory itself.

use crate::stdhandles::{APPEND, CREATE, Handles, READ, WRITE};
use crate::stdpaths::{EXISTS, Grant, NOT_EMPTY};
use crate::stdwrite::{DENIED, resolve};
use std::os::unix::fs::symlink;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A scratch tree: `granted/` (written), `readable/` (only read), `outside/secret.txt`, and in
/// `granted/` the links `out` -> `../outside`, `dangling` -> `../outside/new.txt`, `loop` -> `loop`.
struct Tree {
    base: PathBuf,
    granted: PathBuf,
}

impl Tree {
    fn new(name: &str) -> Tree {
        let base = std::env::temp_dir().join(format!("rootvm-stdpaths-{name}-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&base);
        for dir in ["granted/sub", "readable", "outside"] {
            std::fs::create_dir_all(base.join(dir)).expect("scratch");
        }
        let base = base.canonicalize().expect("canonical");
        std::fs::write(base.join("outside/secret.txt"), "secret").expect("write");
        std::fs::write(base.join("readable/r.txt"), "r").expect("write");
        std::fs::write(base.join("granted/sub/file.txt"), "inside").expect("write");
        symlink("../outside", base.join("granted/out")).expect("link");
        symlink("../outside/new.txt", base.join("granted/dangling")).expect("link");
        symlink("loop", base.join("granted/loop")).expect("link");
        let granted = base.join("granted");
        Tree { base, granted }
    }

    fn grant(&self) -> Grant {
        Grant { write: vec![self.granted.clone()], visible: vec![self.granted.clone(), self.base.join("readable")] }
    }

    /// `rel` under the scratch tree, as a string.
    fn at(&self, rel: &str) -> String {
        self.base.join(rel).to_str().expect("utf-8").to_string()
    }

    fn secret_intact(&self) -> bool {
        std::fs::read_to_string(self.base.join("outside/secret.txt")).is_ok_and(|s| s == "secret")
            && std::fs::read_dir(self.base.join("outside")).expect("outside").count() == 1
    }
}

impl Drop for Tree {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.base);
    }
}

/// The ways out of `granted/` to `outside/NAME`.
fn escapes(t: &Tree, name: &str) -> Vec<String> {
    vec![
        t.at(&format!("granted/../outside/{name}")),
        t.at(&format!("outside/{name}")),
        t.at(&format!("granted/out/{name}")),
    ]
}

#[test]
fn resolve_follows_dangling_links_and_gives_up_on_loops() {
    let t = Tree::new("resolve");
    assert_eq!(resolve(&t.at("granted/dangling")), t.base.join("outside/new.txt"));
    assert_eq!(resolve(&t.at("granted/nodir/../../outside/x")), t.base.join("outside/x"));
    assert_eq!(resolve(&t.at("granted/loop/x")), PathBuf::new());
    assert_eq!(resolve(&t.at("granted/sub/new.txt")), t.granted.join("sub/new.txt"));
}

#[test]
fn making_directories_and_files_stays_inside() {
    let t = Tree::new("make");
    let g = t.grant();
    for path in escapes(&t, "made") {
        assert_eq!(g.mkdir(&path), DENIED, "{path}");
        assert_eq!(g.create(&path), DENIED, "{path}");
    }
    assert_eq!(g.create(&t.at("granted/dangling")), DENIED, "a dangling link out");
    assert_eq!(g.mkdir(&t.at("granted/dangling")), DENIED, "a dangling link out");
    assert_eq!(g.mkdir(&t.at("readable/d")), DENIED, "read-only grant");
    assert!(t.secret_intact());
    assert_eq!(g.mkdir(&t.at("granted")), EXISTS, "the granted directory itself");
    assert_eq!(g.mkdir(&t.at("granted/new")), 0);
    assert_eq!(g.create(&t.at("granted/new/f")), 0);
    assert_eq!(g.create(&t.at("granted/new/f")), EXISTS);
}

#[test]
fn deleting_stays_strictly_inside() {
    let t = Tree::new("delete");
    let g = t.grant();
    for path in escapes(&t, "secret.txt") {
        assert_eq!(g.delete(&path), DENIED, "{path}");
    }
    assert_eq!(g.delete(&t.at("readable/r.txt")), DENIED, "read-only grant");
    for itself in ["granted", "granted/", "granted/.", "granted/sub/.."] {
        assert_eq!(g.delete(&t.at(itself)), DENIED, "{itself}");
    }
    assert!(t.granted.is_dir() && t.secret_intact());
    assert_eq!(g.delete(&t.at("granted/sub")), NOT_EMPTY);
    assert_eq!(g.delete(&t.at("granted/out")), 0, "the link itself");
    assert!(t.secret_intact());
    assert_eq!(g.delete(&t.at("granted/sub/file.txt")), 0);
}

#[test]
fn moving_and_copying_stay_inside() {
    let t = Tree::new("move");
    let g = t.grant();
    let inside = t.at("granted/sub/file.txt");
    for path in escapes(&t, "moved") {
        assert_eq!(g.rename(&inside, &path, true), DENIED, "{path}");
        assert_eq!(g.copy(&inside, &path, true), DENIED, "{path}");
    }
    for path in escapes(&t, "secret.txt") {
        assert_eq!(g.rename(&path, &t.at("granted/stolen"), true), DENIED, "{path}");
        assert_eq!(g.copy(&path, &t.at("granted/stolen"), true), DENIED, "{path}");
    }
    assert_eq!(g.rename(&t.at("granted"), &t.at("granted/sub/g"), false), DENIED, "the granted directory itself");
    assert_eq!(g.rename(&inside, &t.at("granted"), true), DENIED, "over the granted directory");
    assert_eq!(g.copy(&inside, &t.at("granted"), true), DENIED, "over the granted directory");
    assert!(t.secret_intact() && !t.granted.join("stolen").exists());
    assert_eq!(g.copy(&t.at("readable/r.txt"), &t.at("granted/r.txt"), false), 0, "from a readable directory");
    assert_eq!(g.copy(&inside, &t.at("granted/r.txt"), false), EXISTS);
    assert_eq!(g.rename(&inside, &t.at("granted/moved"), false), 0);
    assert!(t.granted.join("moved").is_file());
}

#[test]
fn looking_sees_only_granted_directories() {
    let t = Tree::new("look");
    let g = t.grant();
    for path in escapes(&t, "secret.txt") {
        assert_eq!(g.size(&path), -1, "{path}");
    }
    for dir in [t.at("granted/.."), t.at("outside"), t.at("granted/out")] {
        assert_eq!(g.list(&dir), None, "{dir}");
    }
    assert_eq!(g.size(&t.at("granted/sub/file.txt")), 6);
    assert_eq!(g.size(&t.at("readable/r.txt")), 1);
    assert_eq!(g.list(&t.at("granted/sub")).as_deref(), Some("file.txt\0"));
    assert!(g.list(&t.at("granted")).is_some(), "the granted directory itself");
}

#[test]
fn opening_stays_inside() {
    let t = Tree::new("open");
    let mut h = Handles::new(Arc::new(t.grant()));
    for path in escapes(&t, "secret.txt") {
        assert_eq!(h.open(&path, READ), DENIED, "{path}");
        assert_eq!(h.open(&path, WRITE | APPEND), DENIED, "{path}");
    }
    assert_eq!(h.open(&t.at("granted/dangling"), WRITE | CREATE), DENIED, "a dangling link out");
    assert_eq!(h.open(&t.at("readable/r.txt"), WRITE), DENIED, "read-only grant");
    assert!(t.secret_intact());
    assert!(h.open(&t.at("readable/r.txt"), READ) >= 0);
    assert!(h.open(&t.at("granted/new.txt"), WRITE | CREATE) >= 0);
    assert!(Path::new(&t.at("granted/new.txt")).is_file());
}

#[test]
fn without_a_grant_everything_is_denied() {
    let t = Tree::new("none");
    let g = Grant { write: Vec::new(), visible: Vec::new() };
    let file = t.at("granted/sub/file.txt");
    assert_eq!(g.mkdir(&t.at("granted/d")), DENIED);
    assert_eq!(g.create(&t.at("granted/f")), DENIED);
    assert_eq!(g.delete(&file), DENIED);
    assert_eq!(g.rename(&file, &t.at("granted/m"), false), DENIED);
    assert_eq!(g.copy(&file, &t.at("granted/c"), false), DENIED);
    assert_eq!((g.size(&file), g.list(&t.at("granted"))), (-1, None));
    assert_eq!(Handles::new(Arc::new(g)).open(&file, READ), DENIED);
}
