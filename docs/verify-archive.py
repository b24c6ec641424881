#!/usr/bin/env python3
"""Verify an inspection archive (归档) against its manifest.

    python3 docs/verify-archive.py inspection-17-archive.zip

Reads manifest.json from the zip and checks that every file it lists is in the zip with the listed size and
SHA-256, and that the zip holds no file the manifest does not list (manifest.json itself aside) and no name twice.
Prints one line per problem and a summary; exit code 0 when the archive matches its manifest, 1 when it does not,
2 when the zip or its manifest cannot be read. Standard library only (Python 3.8+); files are hashed as they
stream, so a 2 GB video needs no more memory than a small one.
"""
import hashlib
import json
import sys
import zipfile

MANIFEST = "manifest.json"
CHUNK = 1 << 20


def sha256_of(archive, name):
    digest = hashlib.sha256()
    size = 0
    with archive.open(name) as stream:
        for chunk in iter(lambda: stream.read(CHUNK), b""):
            digest.update(chunk)
            size += len(chunk)
    return digest.hexdigest(), size


def problems_of(path):
    """The problems found (empty: the archive matches its manifest) and the manifest read."""
    with zipfile.ZipFile(path) as archive:
        names = [info.filename for info in archive.infolist() if not info.is_dir()]
        if MANIFEST not in names:
            raise ValueError("no " + MANIFEST + " in the archive")
        manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
        files = manifest.get("files")
        if not isinstance(files, list):
            raise ValueError(MANIFEST + " has no list of files")
        problems = []
        seen = set()
        for name in names:
            if name in seen:
                problems.append("twice in the archive: " + name)
            seen.add(name)
        listed = set()
        for entry in files:
            name = entry.get("path")
            if name in listed:
                problems.append("listed twice in the manifest: " + str(name))
            listed.add(name)
            if name not in seen:
                problems.append("missing from the archive: " + str(name))
                continue
            sha256, size = sha256_of(archive, name)
            if size != entry.get("size"):
                problems.append("size of %s: manifest %s, archive %d" % (name, entry.get("size"), size))
            if sha256 != str(entry.get("sha256", "")).lower():
                problems.append("SHA-256 of %s: manifest %s, archive %s" % (name, entry.get("sha256"), sha256))
        for name in sorted(seen - listed - {MANIFEST}):
            problems.append("not in the manifest: " + name)
        return problems, manifest


def main(argv):
    if len(argv) != 2:
        print("usage: verify-archive.py ARCHIVE.zip", file=sys.stderr)
        return 2
    try:
        problems, manifest = problems_of(argv[1])
    except (OSError, ValueError, zipfile.BadZipFile, KeyError) as e:
        print("%s: cannot be verified: %s" % (argv[1], e), file=sys.stderr)
        return 2
    for problem in problems:
        print(problem)
    files = len(manifest.get("files", []))
    state = "final" if manifest.get("final") else "NOT final"
    if problems:
        print("%s: %d problem(s); the archive does not match its manifest" % (argv[1], len(problems)))
        return 1
    print("%s: %d files match %s (inspection %s, record %s)" % (argv[1], files, MANIFEST,
                                                                 manifest.get("inspection"), state))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
