import NIOCore
import NIOHTTPTypes
import SitegenCore

/// Closes the connection when a request is not in, body and all, within `limit` of its head.
///
/// The idle timeout bounds the wait for a request's head, but each piece of a body counts as
/// activity, so a body sent a byte at a time would hold its connection forever. The preview
/// serves only GET and HEAD and never needs a body; a request that has one must still arrive in
/// time. Sits in the pipeline after the HTTP decoder, where it sees each request's parts.
final class RequestReadDeadline: ChannelInboundHandler, RemovableChannelHandler {
    typealias InboundIn = HTTPRequestPart
    typealias InboundOut = HTTPRequestPart

    private let limit: TimeAmount
    private var deadline: Scheduled<Void>?

    init(limit: TimeAmount) {
        self.limit = limit
    }

    func channelRead(context: ChannelHandlerContext, data: NIOAny) {
        switch unwrapInboundIn(data) {
        case .head:
            deadline?.cancel()
            deadline = context.eventLoop.assumeIsolated().scheduleTask(in: limit) { [weak self] in
                self?.deadline = nil
                context.close(promise: nil)
            }
        case .body:
            break
        case .end:
            cancel()
        }
        context.fireChannelRead(data)
    }

    func channelInactive(context: ChannelHandlerContext) {
        cancel()
        context.fireChannelInactive()
    }

    func handlerRemoved(context: ChannelHandlerContext) {
        cancel()
    }

    private func cancel() {
        deadline?.cancel()
        deadline = nil
    }
}
