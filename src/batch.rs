//! A register at a time: many documents, one per line (NDJSON), validated on several
//! threads with bounded memory, one report per line out, in the input's order.
//!
//! The caller owns the input and the output (a file, a pipe, a socket) and the clock: the
//! crate reads nothing but the reader it is given. Lines are read in chunks; at most
//! [`Batch::chunks_in_flight`] chunks are read, validated or waiting to be written at any
//! time, so memory is bounded by the chunk size times that number, however long the
//! stream. Each output line is the report of the input line at the same position, in
//! one language, as `{"line": N, "report": {…}}`.
//!
//! ```
//! use chrono::NaiveDate;
//! use tyokyky::batch::Batch;
//! use tyokyky::{Lang, Severity, ValidationOptions};
//!
//! let input = concat!(
//!     r#"{"document": "service_path", "schema_version": 1, "client": "a-1", "enrolments": []}"#, "\n",
//!     "not json\n",
//! );
//! let mut output = Vec::new();
//! let batch = Batch::new(NaiveDate::from_ymd_opt(2024, 6, 30).ok_or("date")?, Lang::En);
//! let summary = batch.run(input.as_bytes(), &mut output, &ValidationOptions::default(), |_| {})?;
//! assert_eq!(summary.documents, 2);
//! assert_eq!(summary.unreadable, 1);
//! assert_eq!(summary.by_severity(Severity::Error), 1);
//! let lines: Vec<&str> = std::str::from_utf8(&output)?.lines().collect();
//! assert!(lines[1].starts_with(r#"{"line":2,"report":"#));
//! # Ok::<(), Box<dyn std::error::Error>>(())
//! ```

use std::collections::BTreeMap;
use std::io::{self, BufRead, Write};
use std::num::NonZeroUsize;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;

use crate::document::{unreadable, validate_json};
use crate::i18n::Lang;
use crate::rules::finding::Severity;
use crate::rules::options::ValidationOptions;

/// How a batch is run: the day, the language of the reports, the threads and the bounds.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct Batch {
    /// The day every document is validated for.
    pub as_of: NaiveDate,
    /// The language of the reports' messages.
    pub lang: Lang,
    /// Worker threads (default 2: the crate does not ask the machine).
    pub threads: NonZeroUsize,
    /// Lines per chunk handed to a worker (default 256).
    pub chunk_lines: NonZeroUsize,
    /// Chunks read but not yet written, at most (default 4 per thread): the memory bound.
    pub chunks_in_flight: NonZeroUsize,
}

/// What a batch found, for the summary table.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
#[non_exhaustive]
pub struct BatchSummary {
    /// Documents (non-empty lines) read.
    pub documents: u64,
    /// Documents that could not be read (`document.*` findings).
    pub unreadable: u64,
    /// Documents with no error or warning.
    pub clean: u64,
    /// Findings by rule code, in code order.
    pub by_rule: BTreeMap<&'static str, u64>,
    /// Findings by severity: error, warning, info.
    severity: [u64; 3],
}

impl BatchSummary {
    /// The findings of `severity`.
    pub fn by_severity(&self, severity: Severity) -> u64 {
        self.severity[severity_index(severity)]
    }

    fn add(&mut self, other: &BatchSummary) {
        self.documents += other.documents;
        self.unreadable += other.unreadable;
        self.clean += other.clean;
        for (code, count) in &other.by_rule {
            *self.by_rule.entry(*code).or_default() += count;
        }
        for (mine, theirs) in self.severity.iter_mut().zip(other.severity) {
            *mine += theirs;
        }
    }
}

fn severity_index(severity: Severity) -> usize {
    match severity {
        Severity::Error => 0,
        Severity::Warning => 1,
        Severity::Info => 2,
    }
}

/// A chunk of input lines, numbered from `first` (1-based).
struct Chunk {
    index: u64,
    first: u64,
    lines: Vec<String>,
}

impl Batch {
    /// A batch for `as_of` in `lang`, with the default threads and chunks.
    pub fn new(as_of: NaiveDate, lang: Lang) -> Batch {
        Batch {
            as_of,
            lang,
            threads: NonZeroUsize::MIN.saturating_add(1),
            chunk_lines: NonZeroUsize::new(256).unwrap_or(NonZeroUsize::MIN),
            chunks_in_flight: NonZeroUsize::new(8).unwrap_or(NonZeroUsize::MIN),
        }
    }

    /// These settings on `threads` threads, with four chunks in flight per thread.
    #[must_use]
    pub fn on_threads(mut self, threads: NonZeroUsize) -> Batch {
        self.threads = threads;
        self.chunks_in_flight = threads.saturating_mul(NonZeroUsize::MIN.saturating_add(3));
        self
    }

    /// Reads `input` line by line, validates each non-empty line as a document with
    /// `options` (the models, and the limits each document is validated within), and writes
    /// one report per line to `output` in the input's order. `progress` is called with the
    /// documents written so far after each chunk. Reading and writing stay on the calling
    /// thread (so a locked stdin and stdout will do); the validation runs on the workers.
    ///
    /// # Errors
    ///
    /// An I/O error of `input` or `output`; what was written until then stays written.
    pub fn run<R: BufRead, W: Write>(
        &self,
        input: R,
        mut output: W,
        options: &ValidationOptions<'_>,
        mut progress: impl FnMut(u64),
    ) -> io::Result<BatchSummary> {
        let most = self.chunks_in_flight.get();
        let (work_in, work_out) = mpsc::sync_channel::<Chunk>(most);
        let work_out = Arc::new(Mutex::new(work_out));
        let (done_in, done_out) = mpsc::channel::<(u64, Vec<u8>, BatchSummary)>();
        std::thread::scope(|scope| {
            // Owned here, so that leaving early (an I/O error) closes the channels and the
            // workers end rather than wait.
            let (work_in, done_out) = (work_in, done_out);
            for _ in 0..self.threads.get() {
                let work_out = Arc::clone(&work_out);
                let done_in = done_in.clone();
                scope.spawn(move || {
                    loop {
                        let chunk = match work_out.lock() {
                            Ok(receiver) => receiver.recv(),
                            Err(_) => return,
                        };
                        let Ok(chunk) = chunk else { return };
                        let (bytes, summary) = self.validate_chunk(&chunk, options);
                        if done_in.send((chunk.index, bytes, summary)).is_err() {
                            return;
                        }
                    }
                });
            }
            drop(done_in);
            let mut lines = input.lines();
            let (mut read, mut written, mut number) = (0u64, 0u64, 0u64);
            let mut exhausted = false;
            let mut waiting = BTreeMap::new();
            let mut summary = BatchSummary::default();
            loop {
                // Read while fewer than `most` chunks are in flight: the memory bound.
                while !exhausted && read - written < most as u64 {
                    let mut chunk = Chunk {
                        index: read,
                        first: number + 1,
                        lines: Vec::with_capacity(self.chunk_lines.get()),
                    };
                    for line in lines.by_ref().take(self.chunk_lines.get()) {
                        chunk.lines.push(line?);
                        number += 1;
                    }
                    if chunk.lines.is_empty() {
                        exhausted = true;
                    } else if work_in.send(chunk).is_ok() {
                        read += 1;
                    } else {
                        return Err(io::Error::other("the workers stopped"));
                    }
                }
                if written == read {
                    break;
                }
                let Ok((index, bytes, part)) = done_out.recv() else {
                    return Err(io::Error::other("the workers stopped"));
                };
                waiting.insert(index, (bytes, part));
                while let Some((bytes, part)) = waiting.remove(&written) {
                    output.write_all(&bytes)?;
                    summary.add(&part);
                    written += 1;
                    progress(summary.documents);
                }
            }
            drop(work_in);
            output.flush()?;
            Ok(summary)
        })
    }

    /// The output lines of one chunk and what they found.
    fn validate_chunk(
        &self,
        chunk: &Chunk,
        options: &ValidationOptions<'_>,
    ) -> (Vec<u8>, BatchSummary) {
        let mut bytes = Vec::new();
        let mut summary = BatchSummary::default();
        for (offset, line) in chunk.lines.iter().enumerate() {
            if line.trim().is_empty() {
                continue;
            }
            let report = validate_json(line.as_bytes(), options, self.as_of);
            summary.documents += 1;
            if unreadable(&report) {
                summary.unreadable += 1;
            } else if report.is_clean() {
                summary.clean += 1;
            }
            for finding in &report {
                *summary.by_rule.entry(finding.code().as_str()).or_default() += 1;
                summary.severity[severity_index(finding.severity())] += 1;
            }
            let number = chunk.first + offset as u64;
            bytes.extend_from_slice(format!("{{\"line\":{number},\"report\":").as_bytes());
            report.in_language(self.lang).write_json(&mut bytes);
            bytes.extend_from_slice(b"}\n");
        }
        (bytes, summary)
    }
}
