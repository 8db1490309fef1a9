//! `timeline`: the merged events of all inputs as one JSON object. Also the collector the other
//! timeline formats (`timelinejs`, `ics`, `html`) share: they all need every document before
//! the merge, so they write at `finish`.

use super::{Options, Writer};
use crate::model::Extraction;
use crate::timeline::{Builder, Timeline};
use std::io::{self, Write};

pub type Render = fn(&Timeline, &Options, &mut dyn Write) -> io::Result<()>;

pub struct Collect {
    builder: Builder,
    opts: Options,
    render: Render,
}

impl Collect {
    pub fn new(opts: &Options, render: Render) -> Self {
        Collect {
            builder: Builder::default(),
            opts: opts.clone(),
            render,
        }
    }
}

impl Writer for Collect {
    fn document(&mut self, _out: &mut dyn Write, doc: &Extraction) -> io::Result<()> {
        self.builder.add(doc);
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let timeline = std::mem::take(&mut self.builder).finish();
        (self.render)(&timeline, &self.opts, out)
    }
}

pub fn write(t: &Timeline, _opts: &Options, out: &mut dyn Write) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, t)?;
    out.write_all(b"\n")
}
