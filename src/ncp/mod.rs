//! NAVER Cloud Platform API Gateway: the stage canary (enable, edit, disable, promote).
//!
//! The reference is NCP's own OpenAPI description of the canary and stage endpoints; where NCP's
//! docs and spec disagree, the validator warns.
