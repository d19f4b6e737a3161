import Review

/// The supervisors' HTTP API and web console over a review store.
public enum Console {}
