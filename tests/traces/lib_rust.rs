// SPDX-License-Identifier: Apache-2.0
// lib_rust.rs - Rust panics as the runtime prints them to stderr: a panic in a named
// thread (joined), an unwrap() on an Err in main with RUST_BACKTRACE=1 (`stack
// backtrace:`, numbered frames, `at` lines, `note:`), ordinary lines around them.
use std::thread;

fn parse(s: &str) -> u32 {
    s.parse::<u32>().unwrap()
}

fn main() {
    eprintln!("start rust");
    let h = thread::Builder::new()
        .name("worker-1".into())
        .spawn(|| {
            let v: Vec<u32> = Vec::new();
            v[3]
        })
        .unwrap();
    let _ = h.join();
    eprintln!("after rust 1");
    eprintln!("{}", parse("12x"));
}
