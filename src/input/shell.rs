//! Shell text into commands of words, each character with the line and column it came from.
//!
//! POSIX quoting as a shell reads it: single quotes keep everything, double quotes keep all but
//! `\`-escapes of `$`, `` ` ``, `"`, `\` and newline, a backslash outside quotes escapes the next
//! character, and a backslash before a newline joins the lines. Comments, the operators that end
//! a command (`;`, `&`, `&&`, `|`, `||`, newlines, parentheses) and redirections (with their
//! targets) are dropped; here-documents are skipped. `$NAME` and `${NAME}` stay as
//! [`Piece::Var`]s, expanded later with what the script assigned before them; a command
//! substitution `$(...)` (or backquotes) is read as commands of its own, and the word it sits in
//! gets a [`Piece::Subst`] naming it. The shell crates on crates.io split words without saying
//! where each came from, which is what diagnostics need, hence this reader.

use super::Position;
use crate::i18n::Msg;

/// A piece of a word.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Piece {
    /// Literal text, each character with its position.
    Text(String, Vec<Position>),
    /// `$NAME` or `${NAME}` (`${NAME:-x}` and friends keep only NAME).
    Var(String, Position),
    /// A command substitution: the index of its [`Token::Open`].
    Subst(usize, Position),
}

/// A word: its pieces, and where it starts.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Word {
    pub pieces: Vec<Piece>,
    pub start: Position,
}

/// What the reader produces, in order.
#[derive(Clone, Debug, PartialEq)]
pub(crate) enum Token {
    /// A word.
    Word(Word),
    /// The end of a command.
    End,
    /// A command substitution opens (`$(` or a backquote); its index is its id.
    Open,
    /// The command substitution opened last closes.
    Close,
}

/// Why a script does not read.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct ShellError {
    /// Why, as a catalogue entry.
    pub said: Box<Msg>,
    pub at: Position,
}

/// Whether the text has an `aws ... apigateway` command line (for telling the kind of a file).
pub(crate) fn mentions_aws(text: &str) -> bool {
    text.lines().any(|l| {
        let mut words = l.split_whitespace();
        words.any(|w| w == "aws" || w.ends_with("/aws")) && l.contains("apigateway")
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Quote {
    None,
    Double,
}

/// One level of reading: the top, or inside a substitution.
struct Level {
    /// The word being read when the substitution opened, and its quoting.
    saved: Option<(Word, bool, Quote)>,
    /// What closes it: `)` or a backquote.
    closer: char,
    /// Open parentheses inside it.
    parens: usize,
}

struct Reader<'a> {
    chars: Vec<char>,
    i: usize,
    line: usize,
    col: usize,
    tokens: Vec<Token>,
    word: Word,
    in_word: bool,
    quote: Quote,
    levels: Vec<Level>,
    /// Here-document delimiters waiting for the end of the line (`<<-` strips tabs).
    heredocs: Vec<(String, bool)>,
    /// The next word is a redirection's target, to be dropped.
    redirect: bool,
    _text: &'a str,
}

/// Reads a script.
pub(crate) fn read(text: &str) -> Result<Vec<Token>, ShellError> {
    let mut r = Reader {
        chars: text.chars().collect(),
        i: 0,
        line: 1,
        col: 1,
        tokens: Vec::new(),
        word: Word::default(),
        in_word: false,
        quote: Quote::None,
        levels: Vec::new(),
        heredocs: Vec::new(),
        redirect: false,
        _text: text,
    };
    r.run()?;
    Ok(r.tokens)
}

impl Reader<'_> {
    fn peek(&self, ahead: usize) -> Option<char> {
        self.chars.get(self.i + ahead).copied()
    }

    fn here(&self) -> Position {
        Position { line: self.line, column: self.col }
    }

    fn bump(&mut self) -> Option<char> {
        let c = self.peek(0)?;
        self.i += 1;
        if c == '\n' {
            self.line += 1;
            self.col = 1;
        } else {
            self.col += 1;
        }
        Some(c)
    }

    fn start_word(&mut self) {
        if !self.in_word {
            self.in_word = true;
            self.word = Word { pieces: Vec::new(), start: self.here() };
        }
    }

    fn push_char(&mut self, c: char, at: Position) {
        if !self.in_word {
            self.in_word = true;
            self.word = Word { pieces: Vec::new(), start: at };
        }
        match self.word.pieces.last_mut() {
            Some(Piece::Text(s, pos)) => {
                s.push(c);
                pos.push(at);
            }
            _ => self.word.pieces.push(Piece::Text(c.to_string(), vec![at])),
        }
    }

    fn end_word(&mut self) {
        if self.in_word {
            self.in_word = false;
            let word = std::mem::take(&mut self.word);
            if self.redirect {
                self.redirect = false;
            } else {
                self.tokens.push(Token::Word(word));
            }
        }
    }

    fn end_command(&mut self) {
        self.end_word();
        self.redirect = false;
        if !matches!(self.tokens.last(), Some(Token::End) | None) {
            self.tokens.push(Token::End);
        }
    }

    fn run(&mut self) -> Result<(), ShellError> {
        while let Some(c) = self.peek(0) {
            let at = self.here();
            if self.quote == Quote::Double {
                self.double_quoted(c, at)?;
                continue;
            }
            match c {
                '\'' => {
                    self.start_word();
                    self.bump();
                    loop {
                        let at = self.here();
                        match self.bump() {
                            Some('\'') => break,
                            Some(ch) => self.push_char(ch, at),
                            None => return Err(unterminated("'", at)),
                        }
                    }
                }
                '"' => {
                    self.start_word();
                    self.bump();
                    self.quote = Quote::Double;
                }
                '\\' => {
                    self.bump();
                    match self.bump() {
                        Some('\n') | None => {}
                        Some(ch) => self.push_char(ch, at),
                    }
                }
                '$' => self.dollar(at)?,
                '`' => self.backquote(at)?,
                '#' if !self.in_word => {
                    while !matches!(self.peek(0), Some('\n') | None) {
                        self.bump();
                    }
                }
                '\n' => {
                    self.bump();
                    self.end_command();
                    self.skip_heredocs();
                }
                ' ' | '\t' | '\r' => {
                    self.bump();
                    self.end_word();
                }
                ';' | '&' | '|' => {
                    self.bump();
                    if matches!(self.peek(0), Some('&' | '|' | ';')) {
                        self.bump();
                    }
                    self.end_command();
                }
                '(' => {
                    self.bump();
                    self.end_command();
                    if let Some(l) = self.levels.last_mut() {
                        l.parens += 1;
                    }
                }
                ')' => {
                    self.bump();
                    match self.levels.last_mut() {
                        Some(l) if l.closer == ')' && l.parens == 0 => self.close()?,
                        Some(l) => {
                            l.parens = l.parens.saturating_sub(1);
                            self.end_command();
                        }
                        None => self.end_command(),
                    }
                }
                '<' | '>' => self.redirection(),
                _ => {
                    self.bump();
                    self.push_char(c, at);
                }
            }
        }
        if self.quote == Quote::Double {
            return Err(unterminated("\"", self.here()));
        }
        if !self.levels.is_empty() {
            return Err(ShellError {
                said: Box::new(Msg::ShUnclosedSubstitution),
                at: self.here(),
            });
        }
        self.end_command();
        Ok(())
    }

    fn double_quoted(&mut self, c: char, at: Position) -> Result<(), ShellError> {
        match c {
            '"' => {
                self.bump();
                self.quote = Quote::None;
            }
            '\\' => {
                self.bump();
                match self.peek(0) {
                    Some('\n') => {
                        self.bump();
                    }
                    Some(ch @ ('$' | '`' | '"' | '\\')) => {
                        let at = self.here();
                        self.bump();
                        self.push_char(ch, at);
                    }
                    _ => self.push_char('\\', at),
                }
            }
            '$' => self.dollar(at)?,
            '`' => self.backquote(at)?,
            _ => {
                self.bump();
                self.push_char(c, at);
            }
        }
        Ok(())
    }

    /// `$NAME`, `${...}`, `$(...)`, `$((...))`, or a lone `$`.
    fn dollar(&mut self, at: Position) -> Result<(), ShellError> {
        self.start_word();
        self.bump();
        match self.peek(0) {
            Some('(') if self.peek(1) == Some('(') => {
                // Arithmetic: an unknown value.
                let mut depth = 0usize;
                while let Some(ch) = self.bump() {
                    match ch {
                        '(' => depth += 1,
                        ')' => {
                            depth = depth.saturating_sub(1);
                            if depth == 0 {
                                break;
                            }
                        }
                        _ => {}
                    }
                }
                self.word.pieces.push(Piece::Var("$((...))".to_owned(), at));
            }
            Some('(') => {
                self.bump();
                self.open(at, ')');
            }
            Some('{') => {
                self.bump();
                let mut name = String::new();
                let mut done = false;
                while let Some(ch) = self.bump() {
                    if ch == '}' {
                        done = true;
                        break;
                    }
                    name.push(ch);
                }
                if !done {
                    return Err(unterminated("${", at));
                }
                let end = name
                    .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                    .unwrap_or(name.len());
                let base = name.get(..end).unwrap_or_default().to_owned();
                self.word.pieces.push(Piece::Var(base, at));
            }
            Some(ch) if ch.is_ascii_alphabetic() || ch == '_' => {
                let mut name = String::new();
                while let Some(ch) = self.peek(0).filter(|c| c.is_ascii_alphanumeric() || *c == '_')
                {
                    name.push(ch);
                    self.bump();
                }
                self.word.pieces.push(Piece::Var(name, at));
            }
            Some(ch)
                if ch.is_ascii_digit() || matches!(ch, '@' | '*' | '#' | '?' | '$' | '!' | '-') =>
            {
                self.bump();
                self.word.pieces.push(Piece::Var(ch.to_string(), at));
            }
            _ => self.push_char('$', at),
        }
        Ok(())
    }

    fn backquote(&mut self, at: Position) -> Result<(), ShellError> {
        self.bump();
        if self.levels.last().is_some_and(|l| l.closer == '`') {
            return self.close();
        }
        self.start_word();
        self.open(at, '`');
        Ok(())
    }

    /// A command substitution opens: the word around it waits until it closes.
    fn open(&mut self, at: Position, closer: char) {
        self.start_word();
        let id = self.tokens.len();
        self.word.pieces.push(Piece::Subst(id, at));
        let saved = (std::mem::take(&mut self.word), self.in_word, self.quote);
        self.in_word = false;
        self.quote = Quote::None;
        self.tokens.push(Token::Open);
        self.levels.push(Level { saved: Some(saved), closer, parens: 0 });
    }

    fn close(&mut self) -> Result<(), ShellError> {
        self.end_command();
        if matches!(self.tokens.last(), Some(Token::End)) {
            self.tokens.pop();
        }
        self.tokens.push(Token::Close);
        if let Some(Level { saved: Some((word, in_word, quote)), .. }) = self.levels.pop() {
            self.word = word;
            self.in_word = in_word;
            self.quote = quote;
        }
        Ok(())
    }

    fn redirection(&mut self) {
        // A file descriptor number right before the operator belongs to it.
        let fd = self.in_word
            && matches!(self.word.pieces.as_slice(), [Piece::Text(s, _)] if s.chars().all(|c| c.is_ascii_digit()));
        if fd {
            self.in_word = false;
        } else {
            self.end_word();
        }
        let first = self.bump();
        let heredoc = first == Some('<') && self.peek(0) == Some('<') && self.peek(1) != Some('<');
        while matches!(self.peek(0), Some('<' | '>' | '&' | '|' | '-')) {
            self.bump();
        }
        if heredoc {
            // The delimiter: the next word, quotes stripped.
            let dash = self.chars.get(self.i.saturating_sub(1)) == Some(&'-');
            while matches!(self.peek(0), Some(' ' | '\t')) {
                self.bump();
            }
            let mut delim = String::new();
            while let Some(ch) =
                self.peek(0).filter(|c| !c.is_whitespace() && !matches!(c, ';' | '&' | '|' | ')'))
            {
                if !matches!(ch, '\'' | '"' | '\\') {
                    delim.push(ch);
                }
                self.bump();
            }
            self.heredocs.push((delim, dash));
            return;
        }
        // `>&2` and friends name a descriptor, not a file.
        if matches!(self.chars.get(self.i.saturating_sub(1)), Some('&'))
            && self.peek(0).is_some_and(|c| c.is_ascii_digit())
        {
            self.bump();
            return;
        }
        self.redirect = true;
    }

    /// Skips the bodies of the here-documents the line just ended opened.
    fn skip_heredocs(&mut self) {
        for (delim, dash) in std::mem::take(&mut self.heredocs) {
            loop {
                if self.peek(0).is_none() {
                    return;
                }
                let mut line = String::new();
                while let Some(ch) = self.bump() {
                    if ch == '\n' {
                        break;
                    }
                    line.push(ch);
                }
                let line = if dash { line.trim_start_matches('\t') } else { line.as_str() };
                if line.trim_end_matches('\r') == delim {
                    break;
                }
            }
        }
    }
}

fn unterminated(what: &str, at: Position) -> ShellError {
    ShellError { said: Box::new(Msg::ShUnclosed { what: what.to_owned() }), at }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(tokens: &[Token]) -> Vec<String> {
        tokens
            .iter()
            .map(|t| match t {
                Token::Word(w) => w
                    .pieces
                    .iter()
                    .map(|p| match p {
                        Piece::Text(s, _) => s.clone(),
                        Piece::Var(n, _) => format!("<{n}>"),
                        Piece::Subst(i, _) => format!("<${i}>"),
                    })
                    .collect(),
                Token::End => ";".to_owned(),
                Token::Open => "(".to_owned(),
                Token::Close => ")".to_owned(),
            })
            .collect()
    }

    #[test]
    fn words_quotes_and_continuations() {
        let t =
            read("aws apigateway \\\n  update-stage --x 'a b' \"c $D ${E:-f}\" g\\ h # note\nnext")
                .unwrap();
        assert_eq!(
            texts(&t),
            [
                "aws",
                "apigateway",
                "update-stage",
                "--x",
                "a b",
                "c <D> <E>",
                "g h",
                ";",
                "next",
                ";"
            ]
        );
        let Token::Word(w) = &t[2] else { panic!() };
        assert_eq!(w.start, Position { line: 2, column: 3 });
        let Token::Word(w) = &t[4] else { panic!() };
        let Piece::Text(_, pos) = &w.pieces[0] else { panic!() };
        assert_eq!(pos[0], Position { line: 2, column: 21 });
    }

    #[test]
    fn substitutions_redirections_and_heredocs() {
        let t = read("ID=$(aws x --query id) && echo \"$ID\" > out 2>&1\ncat <<EOF\naws apigateway nope\nEOF\ndone").unwrap();
        assert_eq!(
            texts(&t),
            [
                "(", "aws", "x", "--query", "id", ")", "ID=<$0>", ";", "echo", "<ID>", ";", "cat",
                ";", "done", ";"
            ]
        );
        assert!(read("echo 'open").is_err());
        assert!(read("echo \"open").is_err());
        assert!(read("echo $(open").is_err());
    }
}
