"""Evaluation is code: scorers for the shared evaluation sets, used by the CLI and the CI gate."""
