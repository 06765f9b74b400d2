#include "core/importing/ValidationPipeline.h"

namespace inbeeld {

ValidationPipeline::ValidationPipeline(TableReader& reader, RowValidator& validator, bool encodeRecords, int batchSize,
                                       int maxBatches)
    : m_reader(reader)
    , m_validator(validator)
    , m_encodeRecords(encodeRecords)
    , m_batchSize(std::max(1, batchSize))
    , m_maxBatches(std::max(1, maxBatches))
{
    m_thread = std::thread([this] { work(); });
}

ValidationPipeline::~ValidationPipeline()
{
    stop();
}

void ValidationPipeline::work()
{
    bool end = false;
    // One row read into again and again: once its record is encoded and released, its cells are
    // held by no one else, and the reader writes the next row into their memory.
    TableRow row;
    while (!end && !m_stop.load()) {
        Batch batch;
        batch.items.reserve(m_batchSize);
        if (m_encodeRecords)
            batch.records.reserve(m_batchSize, qsizetype(m_batchSize) * 256); // a row has some 150 bytes
        while (batch.items.size() < m_batchSize && !m_stop.load()) {
            if (!m_reader.nextRow(row)) {
                end = true;
                break;
            }
            Item item;
            item.outcome = m_validator.validate(row);
            if (item.outcome.record) {
                if (m_encodeRecords)
                    batch.records.append(*item.outcome.record);
                item.outcome.record.reset();
            }
            if (item.outcome.rejected) {
                item.row = std::move(row);
                row = TableRow();
            } else {
                item.row.lineNumber = row.lineNumber;
            }
            batch.items.append(std::move(item));
        }
        batch.bytesDone = m_reader.bytesDone();
        batch.bytesTotal = m_reader.bytesTotal();
        std::unique_lock lock(m_mutex);
        m_changed.wait(lock, [this] { return int(m_queue.size()) < m_maxBatches || m_stop.load(); });
        if (m_stop.load())
            break;
        if (!batch.items.isEmpty())
            m_queue.push_back(std::move(batch));
        m_changed.notify_all();
    }
    std::lock_guard lock(m_mutex);
    m_finished = true;
    m_changed.notify_all();
}

bool ValidationPipeline::hasNext()
{
    std::lock_guard lock(m_mutex);
    return !m_queue.empty() || m_finished;
}

std::optional<ValidationPipeline::Batch> ValidationPipeline::next()
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [this] { return !m_queue.empty() || m_finished; });
    if (m_queue.empty()) {
        lock.unlock();
        if (m_thread.joinable())
            m_thread.join();
        return std::nullopt;
    }
    Batch batch = std::move(m_queue.front());
    m_queue.pop_front();
    m_changed.notify_all();
    return batch;
}

void ValidationPipeline::stop()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop.store(true);
        m_changed.notify_all();
    }
    if (m_thread.joinable())
        m_thread.join();
    m_queue.clear();
}

} // namespace inbeeld
