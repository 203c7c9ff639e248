import CCmark

extension CmarkNode {
    /// Places a new text node holding `scalars` before this node, and keeps `mask` (which
    /// scalars are bare syntax, `TablePass.syntax`) for it in `masks`: the new node has no place
    /// in the source for the later passes to read it from. Without a mask, they leave it alone.
    package func insertPiece(
        _ scalars: ArraySlice<Unicode.Scalar>, mask: ArraySlice<Bool>?, masks: inout TablePass.SyntaxMasks
    ) {
        guard !scalars.isEmpty else { return }
        var literal = String.UnicodeScalarView()
        literal.append(contentsOf: scalars)
        let piece = CmarkNode.text(String(literal))
        // Set either way: the address may be a freed node's, whose mask must not be read for it.
        masks[piece.pointer] = mask.flatMap { $0.count == scalars.count ? Array($0) : nil }
        insertBefore(piece)
    }

    /// Unlinks and frees the node, and forgets its mask: a node made later may be given its
    /// address, and must not be read with this one's mask.
    package func remove(forgetting masks: inout TablePass.SyntaxMasks) {
        masks[pointer] = nil
        remove()
    }
}
