package cn.zhifa.training.service;

import cn.zhifa.training.mapper.ImportBatch;

/**
 * The result of an import.
 *
 * @param batch           the batch that stored the file's attendance
 * @param alreadyImported true when the same file (same bytes) had been imported before: nothing was stored now
 */
public record ImportOutcome(ImportBatch batch, boolean alreadyImported) {
}
