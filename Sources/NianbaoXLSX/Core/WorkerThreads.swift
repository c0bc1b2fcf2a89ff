#if canImport(Glibc)
  import Glibc
#elseif canImport(Darwin)
  import Darwin
#endif

/// A pthread mutex with one condition variable. Every wait and every change of the state it guards happens under
/// ``withLock(_:)``.
final class ConditionLock: @unchecked Sendable {
  private let mutex = UnsafeMutablePointer<pthread_mutex_t>.allocate(capacity: 1)
  private let condition = UnsafeMutablePointer<pthread_cond_t>.allocate(capacity: 1)

  init() {
    pthread_mutex_init(mutex, nil)
    pthread_cond_init(condition, nil)
  }

  deinit {
    pthread_cond_destroy(condition)
    pthread_mutex_destroy(mutex)
    condition.deallocate()
    mutex.deallocate()
  }

  /// Runs `body` holding the mutex.
  func withLock<Result>(_ body: () throws -> Result) rethrows -> Result {
    pthread_mutex_lock(mutex)
    defer { pthread_mutex_unlock(mutex) }
    return try body()
  }

  /// Waits for a ``broadcast()``; called inside ``withLock(_:)``, which it releases while waiting.
  func wait() {
    pthread_cond_wait(condition, mutex)
  }

  /// Wakes every waiting thread; called inside ``withLock(_:)``.
  func broadcast() {
    pthread_cond_broadcast(condition)
  }
}

/// A thread running one closure, waited for by ``join()``.
final class JoinableThread {
  private final class Body {
    let run: @Sendable () -> Void
    init(_ run: @escaping @Sendable () -> Void) { self.run = run }
  }

  #if canImport(Darwin)
    private var thread: pthread_t?
  #else
    private var thread = pthread_t()
  #endif
  private var joined = false

  /// Starts a thread running `body`, or returns `nil` when the system refuses another thread.
  init?(_ body: @escaping @Sendable () -> Void) {
    let box = Unmanaged.passRetained(Body(body)).toOpaque()
    #if canImport(Darwin)
      let code = pthread_create(
        &thread, nil,
        { raw in
          Unmanaged<Body>.fromOpaque(raw).takeRetainedValue().run()
          return nil
        }, box)
    #else
      let code = pthread_create(
        &thread, nil,
        { raw in
          Unmanaged<Body>.fromOpaque(raw!).takeRetainedValue().run()
          return nil
        }, box)
    #endif
    guard code == 0 else {
      Unmanaged<Body>.fromOpaque(box).release()
      return nil
    }
  }

  /// Waits for the thread to end.
  func join() {
    guard !joined else { return }
    joined = true
    #if canImport(Darwin)
      if let thread { pthread_join(thread, nil) }
    #else
      pthread_join(thread, nil)
    #endif
  }

  deinit {
    join()
  }
}
