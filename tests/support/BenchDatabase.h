#pragma once

namespace finalist {
class Database;
}

namespace finalist::test {

// The large demo set the benchmarks run on: FINALIST_BENCH_DB if set (made with
// `finalist-cli demo --entries 100000 --contacts 50000`), else built once in a temporary folder.
Database& benchDatabase();

} // namespace finalist::test
