"""The embedding backends against the real packaged model: torch, its ONNX export, and int8.

The ONNX files are exported here into a temporary folder (about 15 s), so this also checks that a
fresh machine can make them from the packaged model without any download.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from assistant.config import Settings, load_settings
from assistant.embeddings import SentenceEmbeddings, load_embeddings
from assistant.ingestion import ingest, model_name

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [
    "Why does sitting all day make my lower back ache?",
    "how do i do the bird dog",
    "word " * 600,  # longer than the model's 256 tokens: both must truncate the same way
    "Ünïcödé — “quotes”, émojis 😀 and back pain",
]
TOPICS = {
    "sitting": "Office workers who sit at a desk for hours should stand up and walk every half hour.",
    "heat": "A hot water bottle or a warm bath relaxes stiff muscles.",
    "sleep": "Sleeping on your side with a pillow between the knees helps you rest at night.",
}
QUESTIONS = {
    "I sit in an office chair all day at work": "sitting",
    "should I use a hot water bottle": "heat",
    "best position in bed at night": "sleep",
}


@pytest.fixture(scope="module")
def cache(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp("models"))


@pytest.fixture(scope="module")
def torch_model() -> SentenceEmbeddings:
    return load_embeddings(backend="torch")


@pytest.fixture(scope="module")
def onnx_model(cache: str) -> SentenceEmbeddings:
    return load_embeddings(backend="onnx", cache_dir=cache)


@pytest.fixture(scope="module")
def int8_model(cache: str) -> SentenceEmbeddings:
    return load_embeddings(backend="onnx-int8", cache_dir=cache)


def cosines(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.asarray((a * b).sum(axis=1))


def test_onnx_gives_the_same_vectors_as_torch(torch_model: SentenceEmbeddings, onnx_model: SentenceEmbeddings) -> None:
    assert cosines(torch_model.encode(TEXTS), onnx_model.encode(TEXTS)).min() > 0.9999


def test_vectors_are_unit_length_for_every_backend(
        torch_model: SentenceEmbeddings, onnx_model: SentenceEmbeddings, int8_model: SentenceEmbeddings) -> None:
    for model in (torch_model, onnx_model, int8_model):
        assert np.allclose(np.linalg.norm(model.encode(TEXTS), axis=1), 1.0, atol=1e-4)
        assert model.encode([]).shape == (0, 384)


@pytest.mark.parametrize("backend", ["torch", "onnx", "onnx-int8"])
def test_every_backend_ranks_the_matching_topic_first(
        backend: str, torch_model: SentenceEmbeddings, onnx_model: SentenceEmbeddings,
        int8_model: SentenceEmbeddings) -> None:
    model = {"torch": torch_model, "onnx": onnx_model, "onnx-int8": int8_model}[backend]
    names = list(TOPICS)
    documents = model.encode([TOPICS[n] for n in names])
    for question, topic in QUESTIONS.items():
        assert names[int(np.argmax(documents @ model.encode([question])[0]))] == topic


def test_the_onnx_export_is_made_once_and_reused(cache: str, onnx_model: SentenceEmbeddings) -> None:
    exported = sorted(Path(cache).rglob("model.onnx"))
    assert len(exported) == 1
    stamp = exported[0].stat().st_mtime_ns
    load_embeddings.cache_clear()
    again = load_embeddings(backend="onnx", cache_dir=cache)
    assert sorted(Path(cache).rglob("model.onnx")) == exported
    assert exported[0].stat().st_mtime_ns == stamp
    assert again.encode(TEXTS[:1]).shape == (1, 384)


def test_the_manifest_tells_int8_stores_apart() -> None:
    names = {b: model_name(load_settings({"BACKTALK_EMBEDDING_BACKEND": b})) for b in ("torch", "onnx", "onnx-int8")}
    assert names["torch"] == names["onnx"] != names["onnx-int8"]


def test_switching_to_int8_re_embeds_the_store_and_torch_to_onnx_does_not(
        tmp_path: Path, torch_model: SentenceEmbeddings, onnx_model: SentenceEmbeddings,
        int8_model: SentenceEmbeddings) -> None:
    kb = tmp_path / "knowledge" / "cards" / "explainers"
    kb.mkdir(parents=True)
    shutil.copy(ROOT / "knowledge/cards/explainers/heat-and-cold.md", kb)

    def settings(backend: str) -> Settings:
        return load_settings({}, knowledge_dir=tmp_path / "knowledge", store_dir=tmp_path / "store",
                             embedding_backend=backend)

    first = ingest(settings("torch"), progress=False, embeddings=torch_model)
    same = ingest(settings("onnx"), progress=False, embeddings=onnx_model)
    switched = ingest(settings("onnx-int8"), progress=False, embeddings=int8_model)
    assert first.changed
    assert not same.changed
    assert switched.changed
    assert (switched.embedded, switched.reused) == (first.chunks, 0)


def test_ingest_refuses_embeddings_that_do_not_match_the_settings(
        tmp_path: Path, onnx_model: SentenceEmbeddings) -> None:
    (tmp_path / "knowledge").mkdir()
    shutil.copy(ROOT / "knowledge/cards/explainers/heat-and-cold.md", tmp_path / "knowledge")
    settings = load_settings({}, knowledge_dir=tmp_path / "knowledge", store_dir=tmp_path / "store",
                             embedding_backend="onnx-int8")
    with pytest.raises(ValueError, match="onnx-int8"):
        ingest(settings, progress=False, embeddings=onnx_model)
