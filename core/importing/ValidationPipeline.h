#pragma once

#include "core/importing/EncodedRecords.h"
#include "core/importing/RowValidator.h"
#include "core/importing/TableReader.h"

#include <QList>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>

namespace inbeeld {

/// Reads and validates the rows of a list on a thread of its own, handing them over in
/// batches, so that storing one batch (on the caller's thread, which owns the database
/// connection) overlaps with reading and checking the next. The queue is bounded: memory stays
/// constant however long the file is (32 batches of 256 rows: deep enough that the storing thread
/// can write out pages for some milliseconds without holding up the checking). Destroying the
/// pipeline stops the thread and waits for it.
///
/// While the pipeline runs, the reader and the validator belong to its thread; the caller may use
/// them again once next() has returned nothing, or after stop().
class ValidationPipeline
{
public:
    struct Item
    {
        TableRow row; // the cells only for a rejected row (for the export); always the line number
        RowOutcome outcome; // without the record (see encodeRecords)
    };
    struct Batch
    {
        QList<Item> items;
        EncodedRecords records; // the records of the batch's accepted rows, when encoding

        qint64 bytesDone = 0;
        qint64 bytesTotal = 0;
    };

    /// With encodeRecords, the record of each accepted row is encoded into Batch::records for
    /// SnapshotWriter::addRecords(). Either way the record is released on the pipeline's thread
    /// (so that the row's cells can be read into again): outcomes carry no record.
    ValidationPipeline(TableReader& reader, RowValidator& validator, bool encodeRecords = false, int batchSize = 256,
                       int maxBatches = 32);
    ~ValidationPipeline();
    ValidationPipeline(const ValidationPipeline&) = delete;
    ValidationPipeline& operator=(const ValidationPipeline&) = delete;

    /// The next batch, waiting for it if needed; nothing at the end of the file (or after a read
    /// error: see the reader's hasError()).
    std::optional<Batch> next();
    /// Whether next() would return at once (a batch is waiting, or the pipeline has finished).
    bool hasNext();
    /// Stops reading and waits for the thread; batches not taken yet are dropped.
    void stop();

private:
    void work();

    TableReader& m_reader;
    RowValidator& m_validator;
    const bool m_encodeRecords;
    const int m_batchSize;
    const int m_maxBatches;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<Batch> m_queue;
    bool m_finished = false;
    std::atomic<bool> m_stop {false};
    std::thread m_thread;
};

} // namespace inbeeld
