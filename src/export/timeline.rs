//! `timeline`: the merged events of all inputs as one JSON object. Also the collector the other
//! timeline formats (`timelinejs`, `ics`, `html`) share: they all need every document before
//! the merge, so they write at `finish`.

use super::calendar::Context;
use super::{Options, Writer};
use crate::model::Extraction;
use crate::timeline::{Builder, Timeline};
use std::io::{self, Write};

/// Writes the merged timeline; returns one-line notices for standard error (what the format
/// could not show).
pub type Render = fn(&Timeline, &Context, &Options, &mut dyn Write) -> io::Result<Vec<String>>;

pub struct Collect {
    builder: Builder,
    context: Context,
    opts: Options,
    render: Render,
    notices: Vec<String>,
}

impl Collect {
    pub fn new(opts: &Options, render: Render) -> Self {
        Collect {
            builder: Builder::default(),
            context: Context::default(),
            opts: opts.clone(),
            render,
            notices: Vec::new(),
        }
    }
}

impl Writer for Collect {
    fn document(&mut self, _out: &mut dyn Write, doc: &Extraction) -> io::Result<()> {
        self.builder.add(doc);
        self.context.add(doc);
        Ok(())
    }

    fn finish(&mut self, out: &mut dyn Write) -> io::Result<()> {
        let timeline = std::mem::take(&mut self.builder).finish();
        self.notices = (self.render)(&timeline, &self.context, &self.opts, out)?;
        Ok(())
    }

    fn notices(&mut self) -> Vec<String> {
        std::mem::take(&mut self.notices)
    }
}

pub fn write(
    t: &Timeline,
    _ctx: &Context,
    _opts: &Options,
    out: &mut dyn Write,
) -> io::Result<Vec<String>> {
    serde_json::to_writer_pretty(&mut *out, t)?;
    out.write_all(b"\n")?;
    Ok(Vec::new())
}
