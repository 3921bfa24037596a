//! Amazon API Gateway (REST APIs): stages, deployments and canary settings, as AWS behaves.
//!
//! The reference is `aws-apigateway-behaviour.md` (shared with the team); every rule here follows
//! it fact by fact, and where AWS's behaviour is unknown the choice is named in the code.
