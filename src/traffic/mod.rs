//! The traffic split: a seeded Monte Carlo simulator of which side serves each request.
//!
//! Randomness comes only from the caller's seed, through a named portable PRNG, so the same seed
//! gives the same numbers natively, in Node and in the browser.
