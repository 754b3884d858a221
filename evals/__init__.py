"""Evaluations: data files in evals/data plus scripts that print figures and fail below targets."""
