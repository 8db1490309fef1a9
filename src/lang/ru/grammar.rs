//! Russian date grammar.
use crate::lang::Mention;
use crate::text::Text;
pub fn tag(_text: &Text) -> Vec<Mention> {
    Vec::new()
}
