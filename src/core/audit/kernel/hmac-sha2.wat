;; The weak-secret audit's kernels: HMAC-SHA-256 four keys at a time (SIMD128), HMAC-SHA-384/512 one
;; key at a time (scalar i64). Each export runs the whole candidate loop and returns the index of the
;; first key whose MAC equals the signature, or -1.
;;
;; This file is the source: scripts/build-wasm.mjs assembles it with wabt into hmac-sha2.wasm and
;; kernel-wasm.ts (the same bytes as base64, so the worker needs no fetch). Per candidate the work is:
;;   inner = H((K ^ ipad) || m): the key block with its own schedule, then m's blocks, whose schedules
;;           (W + K) the host computed once per token because they are the same for every key;
;;   outer = H((K ^ opad) || inner): the key block, then the digest block.
;; Keys are at most one block long (the host hashes longer ones first, RFC 2104 §2).
;;
;; The states after the first inner and outer blocks (the "pad states") depend only on the key, not
;; on the token. scan256/scan512 can store them ($pads != 0) and scanPads256/scanPads512 start from
;; stored ones, so a key audited once costs 4 compressions instead of 6 for every later token (for a
;; 2-block signing input). Pad states are stored per key: SHA-256 inner 8 x i32 then outer 8 x i32
;; (64 bytes at $pads + 64 * i), SHA-384/512 inner 8 x i64 then outer 8 x i64 (128 bytes at
;; $pads + 128 * i).
;;
;; Memory layout (byte offsets):
;;   0     K256       64 x i32                 SHA-256 round constants (FIPS 180-4 §4.2.2)
;;   256   IV256      8 x i32
;;   512   TARGET     the signature as big-endian words, stored as host integers:
;;                    8 x i32 (SHA-256) or 6 / 8 x i64 (SHA-384 / SHA-512)        (written by the host)
;;   1024  K512       80 x i64
;;   1792  IV384      8 x i64
;;   1856  IV512      8 x i64
;;   2048  W          schedule: 64 x v128 (word t of 4 keys) or 80 x i64
;;   3072  KW         W + K, same shapes
;;   4096  STATE_IN   inner hash state: 8 x v128 or 8 x i64
;;   4224  STATE_OUT  outer hash state
;;   4352  KEY        the key block as big-endian words: 16 x v128 (4 keys, transposed) or 16 x i64
;;   8192  host area  m's schedules, key offsets, key bytes: pointers are passed to scan256/scan512
;;
;; SHA-256 in SIMD has no rotate instruction: rotr(x, n) = (x >>> n) | (x << 32 - n).
;; Ch(e, f, g) = bitselect(f, g, e). Maj(a, b, c) = b ^ ((a ^ b) & (b ^ c)), where b ^ c is the
;; previous round's a ^ b. The round loops are unrolled 8 times with the roles of a..h rotated, so
;; no state moves between rounds.
(module
  (memory (export "memory") 1)

  (data (i32.const 0)
    "\98\2f\8a\42\91\44\37\71\cf\fb\c0\b5\a5\db\b5\e9\5b\c2\56\39\f1\11\f1\59\a4\82\3f\92\d5\5e\1c\ab"
    "\98\aa\07\d8\01\5b\83\12\be\85\31\24\c3\7d\0c\55\74\5d\be\72\fe\b1\de\80\a7\06\dc\9b\74\f1\9b\c1"
    "\c1\69\9b\e4\86\47\be\ef\c6\9d\c1\0f\cc\a1\0c\24\6f\2c\e9\2d\aa\84\74\4a\dc\a9\b0\5c\da\88\f9\76"
    "\52\51\3e\98\6d\c6\31\a8\c8\27\03\b0\c7\7f\59\bf\f3\0b\e0\c6\47\91\a7\d5\51\63\ca\06\67\29\29\14"
    "\85\0a\b7\27\38\21\1b\2e\fc\6d\2c\4d\13\0d\38\53\54\73\0a\65\bb\0a\6a\76\2e\c9\c2\81\85\2c\72\92"
    "\a1\e8\bf\a2\4b\66\1a\a8\70\8b\4b\c2\a3\51\6c\c7\19\e8\92\d1\24\06\99\d6\85\35\0e\f4\70\a0\6a\10"
    "\16\c1\a4\19\08\6c\37\1e\4c\77\48\27\b5\bc\b0\34\b3\0c\1c\39\4a\aa\d8\4e\4f\ca\9c\5b\f3\6f\2e\68"
    "\ee\82\8f\74\6f\63\a5\78\14\78\c8\84\08\02\c7\8c\fa\ff\be\90\eb\6c\50\a4\f7\a3\f9\be\f2\78\71\c6")
  (data (i32.const 256)
    "\67\e6\09\6a\85\ae\67\bb\72\f3\6e\3c\3a\f5\4f\a5\7f\52\0e\51\8c\68\05\9b\ab\d9\83\1f\19\cd\e0\5b")
  (data (i32.const 1024)
    "\22\ae\28\d7\98\2f\8a\42\cd\65\ef\23\91\44\37\71\2f\3b\4d\ec\cf\fb\c0\b5\bc\db\89\81\a5\db\b5\e9"
    "\38\b5\48\f3\5b\c2\56\39\19\d0\05\b6\f1\11\f1\59\9b\4f\19\af\a4\82\3f\92\18\81\6d\da\d5\5e\1c\ab"
    "\42\02\03\a3\98\aa\07\d8\be\6f\70\45\01\5b\83\12\8c\b2\e4\4e\be\85\31\24\e2\b4\ff\d5\c3\7d\0c\55"
    "\6f\89\7b\f2\74\5d\be\72\b1\96\16\3b\fe\b1\de\80\35\12\c7\25\a7\06\dc\9b\94\26\69\cf\74\f1\9b\c1"
    "\d2\4a\f1\9e\c1\69\9b\e4\e3\25\4f\38\86\47\be\ef\b5\d5\8c\8b\c6\9d\c1\0f\65\9c\ac\77\cc\a1\0c\24"
    "\75\02\2b\59\6f\2c\e9\2d\83\e4\a6\6e\aa\84\74\4a\d4\fb\41\bd\dc\a9\b0\5c\b5\53\11\83\da\88\f9\76"
    "\ab\df\66\ee\52\51\3e\98\10\32\b4\2d\6d\c6\31\a8\3f\21\fb\98\c8\27\03\b0\e4\0e\ef\be\c7\7f\59\bf"
    "\c2\8f\a8\3d\f3\0b\e0\c6\25\a7\0a\93\47\91\a7\d5\6f\82\03\e0\51\63\ca\06\70\6e\0e\0a\67\29\29\14"
    "\fc\2f\d2\46\85\0a\b7\27\26\c9\26\5c\38\21\1b\2e\ed\2a\c4\5a\fc\6d\2c\4d\df\b3\95\9d\13\0d\38\53"
    "\de\63\af\8b\54\73\0a\65\a8\b2\77\3c\bb\0a\6a\76\e6\ae\ed\47\2e\c9\c2\81\3b\35\82\14\85\2c\72\92"
    "\64\03\f1\4c\a1\e8\bf\a2\01\30\42\bc\4b\66\1a\a8\91\97\f8\d0\70\8b\4b\c2\30\be\54\06\a3\51\6c\c7"
    "\18\52\ef\d6\19\e8\92\d1\10\a9\65\55\24\06\99\d6\2a\20\71\57\85\35\0e\f4\b8\d1\bb\32\70\a0\6a\10"
    "\c8\d0\d2\b8\16\c1\a4\19\53\ab\41\51\08\6c\37\1e\99\eb\8e\df\4c\77\48\27\a8\48\9b\e1\b5\bc\b0\34"
    "\63\5a\c9\c5\b3\0c\1c\39\cb\8a\41\e3\4a\aa\d8\4e\73\e3\63\77\4f\ca\9c\5b\a3\b8\b2\d6\f3\6f\2e\68"
    "\fc\b2\ef\5d\ee\82\8f\74\60\2f\17\43\6f\63\a5\78\72\ab\f0\a1\14\78\c8\84\ec\39\64\1a\08\02\c7\8c"
    "\28\1e\63\23\fa\ff\be\90\e9\bd\82\de\eb\6c\50\a4\15\79\c6\b2\f7\a3\f9\be\2b\53\72\e3\f2\78\71\c6"
    "\9c\61\26\ea\ce\3e\27\ca\07\c2\c0\21\c7\b8\86\d1\1e\eb\e0\cd\d6\7d\da\ea\78\d1\6e\ee\7f\4f\7d\f5"
    "\ba\6f\17\72\aa\67\f0\06\a6\98\c8\a2\c5\7d\63\0a\ae\0d\f9\be\04\98\3f\11\1b\47\1c\13\35\0b\71\1b"
    "\84\7d\04\23\f5\77\db\28\93\24\c7\40\7b\ab\ca\32\bc\be\c9\15\0a\be\9e\3c\4c\0d\10\9c\c4\67\1d\43"
    "\b6\42\3e\cb\be\d4\c5\4c\2a\7e\65\fc\9c\29\7f\59\ec\fa\d6\3a\ab\6f\cb\5f\17\58\47\4a\8c\19\44\6c")
  (data (i32.const 1792)
    "\d8\9e\05\c1\5d\9d\bb\cb\07\d5\7c\36\2a\29\9a\62\17\dd\70\30\5a\01\59\91\39\59\0e\f7\d8\ec\2f\15"
    "\31\0b\c0\ff\67\26\33\67\11\15\58\68\87\4a\b4\8e\a7\8f\f9\64\0d\2e\0c\db\a4\4f\fa\be\1d\48\b5\47")
  (data (i32.const 1856)
    "\08\c9\bc\f3\67\e6\09\6a\3b\a7\ca\84\85\ae\67\bb\2b\f8\94\fe\72\f3\6e\3c\f1\36\1d\5f\3a\f5\4f\a5"
    "\d1\82\e6\ad\7f\52\0e\51\1f\6c\3e\2b\8c\68\05\9b\6b\bd\41\fb\ab\d9\83\1f\79\21\7e\13\19\cd\e0\5b")

  ;; ---- SHA-256, 4 lanes ----

  ;; KW[t] = W[t] + K[t] for t < 16; then W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16] and
  ;; KW[t] for 16 <= t < 64. σ0 = rotr7 ^ rotr18 ^ shr3, σ1 = rotr17 ^ rotr19 ^ shr10.
  (func $schedule256
    (local $p i32) (local $k i32) (local $x v128) (local $y v128) (local $w v128)
    (local.set $p (i32.const 2048))
    (loop $first
      (v128.store offset=1024 (local.get $p)
        (i32x4.add (v128.load (local.get $p)) (v128.load32_splat (local.get $k))))
      (local.set $p (i32.add (local.get $p) (i32.const 16)))
      (local.set $k (i32.add (local.get $k) (i32.const 4)))
      (br_if $first (i32.lt_u (local.get $k) (i32.const 64))))
    ;; From here p points at W[t - 16].
    (local.set $p (i32.const 2048))
    (loop $rest
      (local.set $x (v128.load offset=16 (local.get $p)))
      (local.set $y (v128.load offset=224 (local.get $p)))
      (local.set $w (i32x4.add
        (i32x4.add
          (v128.xor
            (v128.xor
              (v128.or (i32x4.shr_u (local.get $y) (i32.const 17)) (i32x4.shl (local.get $y) (i32.const 15)))
              (v128.or (i32x4.shr_u (local.get $y) (i32.const 19)) (i32x4.shl (local.get $y) (i32.const 13))))
            (i32x4.shr_u (local.get $y) (i32.const 10)))
          (v128.load offset=144 (local.get $p)))
        (i32x4.add
          (v128.xor
            (v128.xor
              (v128.or (i32x4.shr_u (local.get $x) (i32.const 7)) (i32x4.shl (local.get $x) (i32.const 25)))
              (v128.or (i32x4.shr_u (local.get $x) (i32.const 18)) (i32x4.shl (local.get $x) (i32.const 14))))
            (i32x4.shr_u (local.get $x) (i32.const 3)))
          (v128.load (local.get $p)))))
      (v128.store offset=256 (local.get $p) (local.get $w))
      (v128.store offset=1280 (local.get $p)
        (i32x4.add (local.get $w) (v128.load32_splat (local.get $k))))
      (local.set $p (i32.add (local.get $p) (i32.const 16)))
      (local.set $k (i32.add (local.get $k) (i32.const 4)))
      (br_if $rest (i32.lt_u (local.get $k) (i32.const 256)))))

  ;; The 64 rounds over the state at $st (8 x v128), with W + K read from $kw (64 x v128).
  (func $rounds256 (param $st i32) (param $kw i32)
    (local $a v128) (local $b v128) (local $c v128) (local $d v128)
    (local $e v128) (local $f v128) (local $g v128) (local $h v128)
    (local $t1 v128) (local $ab v128) (local $bc v128) (local $end i32)
    (local.set $a (v128.load offset=0 (local.get $st)))
    (local.set $b (v128.load offset=16 (local.get $st)))
    (local.set $c (v128.load offset=32 (local.get $st)))
    (local.set $d (v128.load offset=48 (local.get $st)))
    (local.set $e (v128.load offset=64 (local.get $st)))
    (local.set $f (v128.load offset=80 (local.get $st)))
    (local.set $g (v128.load offset=96 (local.get $st)))
    (local.set $h (v128.load offset=112 (local.get $st)))
    (local.set $bc (v128.xor (local.get $b) (local.get $c)))
    (local.set $end (i32.add (local.get $kw) (i32.const 1024)))
    (loop $eight
      ;; round +0: roles a..h = a b c d e f g h
      (local.set $t1 (i32x4.add
        (i32x4.add (local.get $h) (v128.load offset=0 (local.get $kw)))
        (i32x4.add
          (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $e) (i32.const 6)) (i32x4.shl (local.get $e) (i32.const 26)))
                (v128.or (i32x4.shr_u (local.get $e) (i32.const 11)) (i32x4.shl (local.get $e) (i32.const 21))))
              (v128.or (i32x4.shr_u (local.get $e) (i32.const 25)) (i32x4.shl (local.get $e) (i32.const 7))))
          (v128.bitselect (local.get $f) (local.get $g) (local.get $e)))))
      (local.set $d (i32x4.add (local.get $d) (local.get $t1)))
      (local.set $ab (v128.xor (local.get $a) (local.get $b)))
      (local.set $h (i32x4.add
        (i32x4.add (local.get $t1)
          (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $a) (i32.const 2)) (i32x4.shl (local.get $a) (i32.const 30)))
                (v128.or (i32x4.shr_u (local.get $a) (i32.const 13)) (i32x4.shl (local.get $a) (i32.const 19))))
              (v128.or (i32x4.shr_u (local.get $a) (i32.const 22)) (i32x4.shl (local.get $a) (i32.const 10)))))
        (v128.xor (local.get $b) (v128.and (local.get $ab) (local.get $bc)))))
      (local.set $bc (local.get $ab))
      ;; round +1: roles a..h = h a b c d e f g
      (local.set $t1 (i32x4.add
        (i32x4.add (local.get $g) (v128.load offset=16 (local.get $kw)))
        (i32x4.add
          (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $d) (i32.const 6)) (i32x4.shl (local.get $d) (i32.const 26)))
                (v128.or (i32x4.shr_u (local.get $d) (i32.const 11)) (i32x4.shl (local.get $d) (i32.const 21))))
              (v128.or (i32x4.shr_u (local.get $d) (i32.const 25)) (i32x4.shl (local.get $d) (i32.const 7))))
          (v128.bitselect (local.get $e) (local.get $f) (local.get $d)))))
      (local.set $c (i32x4.add (local.get $c) (local.get $t1)))
      (local.set $ab (v128.xor (local.get $h) (local.get $a)))
      (local.set $g (i32x4.add
        (i32x4.add (local.get $t1)
          (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $h) (i32.const 2)) (i32x4.shl (local.get $h) (i32.const 30)))
                (v128.or (i32x4.shr_u (local.get $h) (i32.const 13)) (i32x4.shl (local.get $h) (i32.const 19))))
              (v128.or (i32x4.shr_u (local.get $h) (i32.const 22)) (i32x4.shl (local.get $h) (i32.const 10)))))
        (v128.xor (local.get $a) (v128.and (local.get $ab) (local.get $bc)))))
      (local.set $bc (local.get $ab))
      ;; round +2: roles a..h = g h a b c d e f
      (local.set $t1 (i32x4.add
        (i32x4.add (local.get $f) (v128.load offset=32 (local.get $kw)))
        (i32x4.add
          (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $c) (i32.const 6)) (i32x4.shl (local.get $c) (i32.const 26)))
                (v128.or (i32x4.shr_u (local.get $c) (i32.const 11)) (i32x4.shl (local.get $c) (i32.const 21))))
              (v128.or (i32x4.shr_u (local.get $c) (i32.const 25)) (i32x4.shl (local.get $c) (i32.const 7))))
          (v128.bitselect (local.get $d) (local.get $e) (local.get $c)))))
      (local.set $b (i32x4.add (local.get $b) (local.get $t1)))
      (local.set $ab (v128.xor (local.get $g) (local.get $h)))
      (local.set $f (i32x4.add
        (i32x4.add (local.get $t1)
          (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $g) (i32.const 2)) (i32x4.shl (local.get $g) (i32.const 30)))
                (v128.or (i32x4.shr_u (local.get $g) (i32.const 13)) (i32x4.shl (local.get $g) (i32.const 19))))
              (v128.or (i32x4.shr_u (local.get $g) (i32.const 22)) (i32x4.shl (local.get $g) (i32.const 10)))))
        (v128.xor (local.get $h) (v128.and (local.get $ab) (local.get $bc)))))
      (local.set $bc (local.get $ab))
      ;; round +3: roles a..h = f g h a b c d e
      (local.set $t1 (i32x4.add
        (i32x4.add (local.get $e) (v128.load offset=48 (local.get $kw)))
        (i32x4.add
          (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $b) (i32.const 6)) (i32x4.shl (local.get $b) (i32.const 26)))
                (v128.or (i32x4.shr_u (local.get $b) (i32.const 11)) (i32x4.shl (local.get $b) (i32.const 21))))
              (v128.or (i32x4.shr_u (local.get $b) (i32.const 25)) (i32x4.shl (local.get $b) (i32.const 7))))
          (v128.bitselect (local.get $c) (local.get $d) (local.get $b)))))
      (local.set $a (i32x4.add (local.get $a) (local.get $t1)))
      (local.set $ab (v128.xor (local.get $f) (local.get $g)))
      (local.set $e (i32x4.add
        (i32x4.add (local.get $t1)
          (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $f) (i32.const 2)) (i32x4.shl (local.get $f) (i32.const 30)))
                (v128.or (i32x4.shr_u (local.get $f) (i32.const 13)) (i32x4.shl (local.get $f) (i32.const 19))))
              (v128.or (i32x4.shr_u (local.get $f) (i32.const 22)) (i32x4.shl (local.get $f) (i32.const 10)))))
        (v128.xor (local.get $g) (v128.and (local.get $ab) (local.get $bc)))))
      (local.set $bc (local.get $ab))
      ;; round +4: roles a..h = e f g h a b c d
      (local.set $t1 (i32x4.add
        (i32x4.add (local.get $d) (v128.load offset=64 (local.get $kw)))
        (i32x4.add
          (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $a) (i32.const 6)) (i32x4.shl (local.get $a) (i32.const 26)))
                (v128.or (i32x4.shr_u (local.get $a) (i32.const 11)) (i32x4.shl (local.get $a) (i32.const 21))))
              (v128.or (i32x4.shr_u (local.get $a) (i32.const 25)) (i32x4.shl (local.get $a) (i32.const 7))))
          (v128.bitselect (local.get $b) (local.get $c) (local.get $a)))))
      (local.set $h (i32x4.add (local.get $h) (local.get $t1)))
      (local.set $ab (v128.xor (local.get $e) (local.get $f)))
      (local.set $d (i32x4.add
        (i32x4.add (local.get $t1)
          (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $e) (i32.const 2)) (i32x4.shl (local.get $e) (i32.const 30)))
                (v128.or (i32x4.shr_u (local.get $e) (i32.const 13)) (i32x4.shl (local.get $e) (i32.const 19))))
              (v128.or (i32x4.shr_u (local.get $e) (i32.const 22)) (i32x4.shl (local.get $e) (i32.const 10)))))
        (v128.xor (local.get $f) (v128.and (local.get $ab) (local.get $bc)))))
      (local.set $bc (local.get $ab))
      ;; round +5: roles a..h = d e f g h a b c
      (local.set $t1 (i32x4.add
        (i32x4.add (local.get $c) (v128.load offset=80 (local.get $kw)))
        (i32x4.add
          (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $h) (i32.const 6)) (i32x4.shl (local.get $h) (i32.const 26)))
                (v128.or (i32x4.shr_u (local.get $h) (i32.const 11)) (i32x4.shl (local.get $h) (i32.const 21))))
              (v128.or (i32x4.shr_u (local.get $h) (i32.const 25)) (i32x4.shl (local.get $h) (i32.const 7))))
          (v128.bitselect (local.get $a) (local.get $b) (local.get $h)))))
      (local.set $g (i32x4.add (local.get $g) (local.get $t1)))
      (local.set $ab (v128.xor (local.get $d) (local.get $e)))
      (local.set $c (i32x4.add
        (i32x4.add (local.get $t1)
          (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $d) (i32.const 2)) (i32x4.shl (local.get $d) (i32.const 30)))
                (v128.or (i32x4.shr_u (local.get $d) (i32.const 13)) (i32x4.shl (local.get $d) (i32.const 19))))
              (v128.or (i32x4.shr_u (local.get $d) (i32.const 22)) (i32x4.shl (local.get $d) (i32.const 10)))))
        (v128.xor (local.get $e) (v128.and (local.get $ab) (local.get $bc)))))
      (local.set $bc (local.get $ab))
      ;; round +6: roles a..h = c d e f g h a b
      (local.set $t1 (i32x4.add
        (i32x4.add (local.get $b) (v128.load offset=96 (local.get $kw)))
        (i32x4.add
          (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $g) (i32.const 6)) (i32x4.shl (local.get $g) (i32.const 26)))
                (v128.or (i32x4.shr_u (local.get $g) (i32.const 11)) (i32x4.shl (local.get $g) (i32.const 21))))
              (v128.or (i32x4.shr_u (local.get $g) (i32.const 25)) (i32x4.shl (local.get $g) (i32.const 7))))
          (v128.bitselect (local.get $h) (local.get $a) (local.get $g)))))
      (local.set $f (i32x4.add (local.get $f) (local.get $t1)))
      (local.set $ab (v128.xor (local.get $c) (local.get $d)))
      (local.set $b (i32x4.add
        (i32x4.add (local.get $t1)
          (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $c) (i32.const 2)) (i32x4.shl (local.get $c) (i32.const 30)))
                (v128.or (i32x4.shr_u (local.get $c) (i32.const 13)) (i32x4.shl (local.get $c) (i32.const 19))))
              (v128.or (i32x4.shr_u (local.get $c) (i32.const 22)) (i32x4.shl (local.get $c) (i32.const 10)))))
        (v128.xor (local.get $d) (v128.and (local.get $ab) (local.get $bc)))))
      (local.set $bc (local.get $ab))
      ;; round +7: roles a..h = b c d e f g h a
      (local.set $t1 (i32x4.add
        (i32x4.add (local.get $a) (v128.load offset=112 (local.get $kw)))
        (i32x4.add
          (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $f) (i32.const 6)) (i32x4.shl (local.get $f) (i32.const 26)))
                (v128.or (i32x4.shr_u (local.get $f) (i32.const 11)) (i32x4.shl (local.get $f) (i32.const 21))))
              (v128.or (i32x4.shr_u (local.get $f) (i32.const 25)) (i32x4.shl (local.get $f) (i32.const 7))))
          (v128.bitselect (local.get $g) (local.get $h) (local.get $f)))))
      (local.set $e (i32x4.add (local.get $e) (local.get $t1)))
      (local.set $ab (v128.xor (local.get $b) (local.get $c)))
      (local.set $a (i32x4.add
        (i32x4.add (local.get $t1)
          (v128.xor (v128.xor (v128.or (i32x4.shr_u (local.get $b) (i32.const 2)) (i32x4.shl (local.get $b) (i32.const 30)))
                (v128.or (i32x4.shr_u (local.get $b) (i32.const 13)) (i32x4.shl (local.get $b) (i32.const 19))))
              (v128.or (i32x4.shr_u (local.get $b) (i32.const 22)) (i32x4.shl (local.get $b) (i32.const 10)))))
        (v128.xor (local.get $c) (v128.and (local.get $ab) (local.get $bc)))))
      (local.set $bc (local.get $ab))
      (local.set $kw (i32.add (local.get $kw) (i32.const 128)))
      (br_if $eight (i32.ne (local.get $kw) (local.get $end))))
    (v128.store offset=0 (local.get $st) (i32x4.add (v128.load offset=0 (local.get $st)) (local.get $a)))
    (v128.store offset=16 (local.get $st) (i32x4.add (v128.load offset=16 (local.get $st)) (local.get $b)))
    (v128.store offset=32 (local.get $st) (i32x4.add (v128.load offset=32 (local.get $st)) (local.get $c)))
    (v128.store offset=48 (local.get $st) (i32x4.add (v128.load offset=48 (local.get $st)) (local.get $d)))
    (v128.store offset=64 (local.get $st) (i32x4.add (v128.load offset=64 (local.get $st)) (local.get $e)))
    (v128.store offset=80 (local.get $st) (i32x4.add (v128.load offset=80 (local.get $st)) (local.get $f)))
    (v128.store offset=96 (local.get $st) (i32x4.add (v128.load offset=96 (local.get $st)) (local.get $g)))
    (v128.store offset=112 (local.get $st) (i32x4.add (v128.load offset=112 (local.get $st)) (local.get $h))))

  ;; The state at $st = IV256 in every lane.
  (func $init256 (param $st i32)
    (v128.store offset=0 (local.get $st) (v128.load32_splat offset=256 (i32.const 0)))
    (v128.store offset=16 (local.get $st) (v128.load32_splat offset=260 (i32.const 0)))
    (v128.store offset=32 (local.get $st) (v128.load32_splat offset=264 (i32.const 0)))
    (v128.store offset=48 (local.get $st) (v128.load32_splat offset=268 (i32.const 0)))
    (v128.store offset=64 (local.get $st) (v128.load32_splat offset=272 (i32.const 0)))
    (v128.store offset=80 (local.get $st) (v128.load32_splat offset=276 (i32.const 0)))
    (v128.store offset=96 (local.get $st) (v128.load32_splat offset=280 (i32.const 0)))
    (v128.store offset=112 (local.get $st) (v128.load32_splat offset=284 (i32.const 0))))

  ;; KEY = the key blocks of keys $i0..$i3, transposed to one word of each key per v128. Each key is
  ;; read 16 bytes at a time and the bytes past its length are masked to zero, then a 4x4 transpose
  ;; of 32-bit words whose first step also reverses each word's bytes (big-endian words).
  (func $keys256 (param $offs i32) (param $bytes i32) (param $i0 i32) (param $i1 i32) (param $i2 i32) (param $i3 i32)
    (local $p0 i32) (local $p1 i32) (local $p2 i32) (local $p3 i32)
    (local $n0 v128) (local $n1 v128) (local $n2 v128) (local $n3 v128)
    (local $a v128) (local $b v128) (local $c v128) (local $d v128)
    (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128)
    (local $q i32) (local $out i32)
    (local.set $q (i32.add (local.get $offs) (i32.shl (local.get $i0) (i32.const 2))))
    (local.set $p0 (i32.load (local.get $q)))
    (local.set $n0 (i8x16.splat (i32.sub (i32.load offset=4 (local.get $q)) (local.get $p0))))
    (local.set $p0 (i32.add (local.get $bytes) (local.get $p0)))
    (local.set $q (i32.add (local.get $offs) (i32.shl (local.get $i1) (i32.const 2))))
    (local.set $p1 (i32.load (local.get $q)))
    (local.set $n1 (i8x16.splat (i32.sub (i32.load offset=4 (local.get $q)) (local.get $p1))))
    (local.set $p1 (i32.add (local.get $bytes) (local.get $p1)))
    (local.set $q (i32.add (local.get $offs) (i32.shl (local.get $i2) (i32.const 2))))
    (local.set $p2 (i32.load (local.get $q)))
    (local.set $n2 (i8x16.splat (i32.sub (i32.load offset=4 (local.get $q)) (local.get $p2))))
    (local.set $p2 (i32.add (local.get $bytes) (local.get $p2)))
    (local.set $q (i32.add (local.get $offs) (i32.shl (local.get $i3) (i32.const 2))))
    (local.set $p3 (i32.load (local.get $q)))
    (local.set $n3 (i8x16.splat (i32.sub (i32.load offset=4 (local.get $q)) (local.get $p3))))
    (local.set $p3 (i32.add (local.get $bytes) (local.get $p3)))
    (local.set $out (i32.const 4352))
    (loop $quarter
      (local.set $a (v128.and (v128.load (local.get $p0))
        (i8x16.gt_u (local.get $n0) (v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15))))
      (local.set $b (v128.and (v128.load (local.get $p1))
        (i8x16.gt_u (local.get $n1) (v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15))))
      (local.set $c (v128.and (v128.load (local.get $p2))
        (i8x16.gt_u (local.get $n2) (v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15))))
      (local.set $d (v128.and (v128.load (local.get $p3))
        (i8x16.gt_u (local.get $n3) (v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15))))
      ;; t0 = [a0 b0 a1 b1], t1 = [a2 b2 a3 b3] (bytes reversed), t2 and t3 the same for c, d
      (local.set $t0 (i8x16.shuffle 3 2 1 0 19 18 17 16 7 6 5 4 23 22 21 20 (local.get $a) (local.get $b)))
      (local.set $t1 (i8x16.shuffle 11 10 9 8 27 26 25 24 15 14 13 12 31 30 29 28 (local.get $a) (local.get $b)))
      (local.set $t2 (i8x16.shuffle 3 2 1 0 19 18 17 16 7 6 5 4 23 22 21 20 (local.get $c) (local.get $d)))
      (local.set $t3 (i8x16.shuffle 11 10 9 8 27 26 25 24 15 14 13 12 31 30 29 28 (local.get $c) (local.get $d)))
      ;; word r of the four keys = [ar br cr dr]
      (v128.store offset=0 (local.get $out)
        (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t0) (local.get $t2)))
      (v128.store offset=16 (local.get $out)
        (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t0) (local.get $t2)))
      (v128.store offset=32 (local.get $out)
        (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t1) (local.get $t3)))
      (v128.store offset=48 (local.get $out)
        (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t1) (local.get $t3)))
      (local.set $p0 (i32.add (local.get $p0) (i32.const 16)))
      (local.set $p1 (i32.add (local.get $p1) (i32.const 16)))
      (local.set $p2 (i32.add (local.get $p2) (i32.const 16)))
      (local.set $p3 (i32.add (local.get $p3) (i32.const 16)))
      (local.set $n0 (i8x16.sub_sat_u (local.get $n0) (i8x16.splat (i32.const 16))))
      (local.set $n1 (i8x16.sub_sat_u (local.get $n1) (i8x16.splat (i32.const 16))))
      (local.set $n2 (i8x16.sub_sat_u (local.get $n2) (i8x16.splat (i32.const 16))))
      (local.set $n3 (i8x16.sub_sat_u (local.get $n3) (i8x16.splat (i32.const 16))))
      (local.set $out (i32.add (local.get $out) (i32.const 64)))
      (br_if $quarter (i32.lt_u (local.get $out) (i32.const 4608)))))

  ;; 4x4 transpose of 32-bit words: reads a v128 at each of $s0..$s3, writes word j of all four to $dj.
  ;; Turns 4 words of the state of 4 keys (one word per v128) into 4 words per key, and back.
  (func $transpose (param $s0 i32) (param $s1 i32) (param $s2 i32) (param $s3 i32)
                   (param $d0 i32) (param $d1 i32) (param $d2 i32) (param $d3 i32)
    (local $t0 v128) (local $t1 v128) (local $t2 v128) (local $t3 v128)
    (local.set $t0 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (v128.load (local.get $s0)) (v128.load (local.get $s1))))
    (local.set $t1 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (v128.load (local.get $s0)) (v128.load (local.get $s1))))
    (local.set $t2 (i8x16.shuffle 0 1 2 3 16 17 18 19 4 5 6 7 20 21 22 23 (v128.load (local.get $s2)) (v128.load (local.get $s3))))
    (local.set $t3 (i8x16.shuffle 8 9 10 11 24 25 26 27 12 13 14 15 28 29 30 31 (v128.load (local.get $s2)) (v128.load (local.get $s3))))
    (v128.store (local.get $d0) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t0) (local.get $t2)))
    (v128.store (local.get $d1) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t0) (local.get $t2)))
    (v128.store (local.get $d2) (i8x16.shuffle 0 1 2 3 4 5 6 7 16 17 18 19 20 21 22 23 (local.get $t1) (local.get $t3)))
    (v128.store (local.get $d3) (i8x16.shuffle 8 9 10 11 12 13 14 15 24 25 26 27 28 29 30 31 (local.get $t1) (local.get $t3))))

  ;; Stores the state at $st (8 x v128, 4 keys) as the pad states at $p0..$p3 (8 x i32 each).
  (func $store_state256 (param $st i32) (param $p0 i32) (param $p1 i32) (param $p2 i32) (param $p3 i32)
    (call $transpose
      (local.get $st) (i32.add (local.get $st) (i32.const 16)) (i32.add (local.get $st) (i32.const 32)) (i32.add (local.get $st) (i32.const 48))
      (local.get $p0) (local.get $p1) (local.get $p2) (local.get $p3))
    (call $transpose
      (i32.add (local.get $st) (i32.const 64)) (i32.add (local.get $st) (i32.const 80)) (i32.add (local.get $st) (i32.const 96)) (i32.add (local.get $st) (i32.const 112))
      (i32.add (local.get $p0) (i32.const 16)) (i32.add (local.get $p1) (i32.const 16)) (i32.add (local.get $p2) (i32.const 16)) (i32.add (local.get $p3) (i32.const 16))))

  ;; The reverse: the state at $st (8 x v128) from the pad states at $p0..$p3.
  (func $load_state256 (param $st i32) (param $p0 i32) (param $p1 i32) (param $p2 i32) (param $p3 i32)
    (call $transpose
      (local.get $p0) (local.get $p1) (local.get $p2) (local.get $p3)
      (local.get $st) (i32.add (local.get $st) (i32.const 16)) (i32.add (local.get $st) (i32.const 32)) (i32.add (local.get $st) (i32.const 48)))
    (call $transpose
      (i32.add (local.get $p0) (i32.const 16)) (i32.add (local.get $p1) (i32.const 16)) (i32.add (local.get $p2) (i32.const 16)) (i32.add (local.get $p3) (i32.const 16))
      (i32.add (local.get $st) (i32.const 64)) (i32.add (local.get $st) (i32.const 80)) (i32.add (local.get $st) (i32.const 96)) (i32.add (local.get $st) (i32.const 112))))

  ;; The outer hash's last block: W[0..7] = the inner digest (STATE_IN), then padding for 64 + 32
  ;; bytes (768 bits); its schedule; its rounds over STATE_OUT. Then 0..4 lanes whose digest is
  ;; TARGET, as a bit mask.
  (func $finish256 (result i32)
    (local $m v128)
    (v128.store offset=2048 (i32.const 0) (v128.load offset=4096 (i32.const 0)))
    (v128.store offset=2064 (i32.const 0) (v128.load offset=4112 (i32.const 0)))
    (v128.store offset=2080 (i32.const 0) (v128.load offset=4128 (i32.const 0)))
    (v128.store offset=2096 (i32.const 0) (v128.load offset=4144 (i32.const 0)))
    (v128.store offset=2112 (i32.const 0) (v128.load offset=4160 (i32.const 0)))
    (v128.store offset=2128 (i32.const 0) (v128.load offset=4176 (i32.const 0)))
    (v128.store offset=2144 (i32.const 0) (v128.load offset=4192 (i32.const 0)))
    (v128.store offset=2160 (i32.const 0) (v128.load offset=4208 (i32.const 0)))
    (v128.store offset=2176 (i32.const 0) (v128.const i32x4 0x80000000 0x80000000 0x80000000 0x80000000))
    (v128.store offset=2192 (i32.const 0) (v128.const i32x4 0 0 0 0))
    (v128.store offset=2208 (i32.const 0) (v128.const i32x4 0 0 0 0))
    (v128.store offset=2224 (i32.const 0) (v128.const i32x4 0 0 0 0))
    (v128.store offset=2240 (i32.const 0) (v128.const i32x4 0 0 0 0))
    (v128.store offset=2256 (i32.const 0) (v128.const i32x4 0 0 0 0))
    (v128.store offset=2272 (i32.const 0) (v128.const i32x4 0 0 0 0))
    (v128.store offset=2288 (i32.const 0) (v128.const i32x4 768 768 768 768))
    (call $schedule256)
    (call $rounds256 (i32.const 4224) (i32.const 3072))
    (local.set $m (i32x4.eq (v128.load offset=4224 (i32.const 0)) (v128.load32_splat offset=512 (i32.const 0))))
    (local.set $m (v128.and (local.get $m)
      (i32x4.eq (v128.load offset=4240 (i32.const 0)) (v128.load32_splat offset=516 (i32.const 0)))))
    (local.set $m (v128.and (local.get $m)
      (i32x4.eq (v128.load offset=4256 (i32.const 0)) (v128.load32_splat offset=520 (i32.const 0)))))
    (local.set $m (v128.and (local.get $m)
      (i32x4.eq (v128.load offset=4272 (i32.const 0)) (v128.load32_splat offset=524 (i32.const 0)))))
    (local.set $m (v128.and (local.get $m)
      (i32x4.eq (v128.load offset=4288 (i32.const 0)) (v128.load32_splat offset=528 (i32.const 0)))))
    (local.set $m (v128.and (local.get $m)
      (i32x4.eq (v128.load offset=4304 (i32.const 0)) (v128.load32_splat offset=532 (i32.const 0)))))
    (local.set $m (v128.and (local.get $m)
      (i32x4.eq (v128.load offset=4320 (i32.const 0)) (v128.load32_splat offset=536 (i32.const 0)))))
    (local.set $m (v128.and (local.get $m)
      (i32x4.eq (v128.load offset=4336 (i32.const 0)) (v128.load32_splat offset=540 (i32.const 0)))))
    (i32x4.bitmask (local.get $m)))

  ;; The inner hash's remaining blocks: m's $nfixed blocks at $fixed, over STATE_IN.
  (func $inner_fixed256 (param $fixed i32) (param $nfixed i32)
    (local $j i32)
    (block $done
      (loop $blocks
        (br_if $done (i32.ge_u (local.get $j) (local.get $nfixed)))
        (call $rounds256 (i32.const 4096) (i32.add (local.get $fixed) (i32.shl (local.get $j) (i32.const 10))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $blocks))))

  ;; W[0..15] = KEY ^ pad (16 x v128)
  (func $pad256 (param $pad v128)
    (local $p i32)
    (local.set $p (i32.const 4352))
    (loop $words
      (v128.store offset=0 (i32.sub (local.get $p) (i32.const 2304))
        (v128.xor (v128.load (local.get $p)) (local.get $pad)))
      (local.set $p (i32.add (local.get $p) (i32.const 16)))
      (br_if $words (i32.lt_u (local.get $p) (i32.const 4608)))))

  ;; Keys [start, end) of the host's table (key i = bytes[offs[i] .. offs[i + 1])), m's schedules at
  ;; $fixed ($nfixed blocks of 64 x v128); when $pads is not 0, the keys' pad states are stored there.
  ;; Returns the first index whose HMAC-SHA-256 is TARGET, or -1.
  (func (export "scan256")
    (param $fixed i32) (param $nfixed i32) (param $offs i32) (param $bytes i32) (param $start i32) (param $end i32)
    (param $pads i32)
    (result i32)
    (local $i i32) (local $last i32) (local $i1 i32) (local $i2 i32) (local $i3 i32) (local $hits i32)
    (local.set $last (i32.sub (local.get $end) (i32.const 1)))
    (local.set $i (local.get $start))
    (block $done
      (loop $group
        (br_if $done (i32.ge_s (local.get $i) (local.get $end)))
        ;; lanes past the end repeat the last key: a hit there is also a hit at a lower lane
        (local.set $i1 (call $lane (local.get $i) (i32.const 1) (local.get $last)))
        (local.set $i2 (call $lane (local.get $i) (i32.const 2) (local.get $last)))
        (local.set $i3 (call $lane (local.get $i) (i32.const 3) (local.get $last)))
        (call $keys256 (local.get $offs) (local.get $bytes) (local.get $i) (local.get $i1) (local.get $i2) (local.get $i3))

        ;; inner hash: the key block, then m's blocks
        (call $pad256 (v128.const i32x4 0x36363636 0x36363636 0x36363636 0x36363636))
        (call $schedule256)
        (call $init256 (i32.const 4096))
        (call $rounds256 (i32.const 4096) (i32.const 3072))
        (if (local.get $pads)
          (then (call $store_state256 (i32.const 4096)
            (i32.add (local.get $pads) (i32.shl (local.get $i) (i32.const 6)))
            (i32.add (local.get $pads) (i32.shl (local.get $i1) (i32.const 6)))
            (i32.add (local.get $pads) (i32.shl (local.get $i2) (i32.const 6)))
            (i32.add (local.get $pads) (i32.shl (local.get $i3) (i32.const 6))))))
        (call $inner_fixed256 (local.get $fixed) (local.get $nfixed))

        ;; outer hash: the key block, then the inner digest
        (call $pad256 (v128.const i32x4 0x5c5c5c5c 0x5c5c5c5c 0x5c5c5c5c 0x5c5c5c5c))
        (call $schedule256)
        (call $init256 (i32.const 4224))
        (call $rounds256 (i32.const 4224) (i32.const 3072))
        (if (local.get $pads)
          (then (call $store_state256 (i32.const 4224)
            (i32.add (local.get $pads) (i32.add (i32.shl (local.get $i) (i32.const 6)) (i32.const 32)))
            (i32.add (local.get $pads) (i32.add (i32.shl (local.get $i1) (i32.const 6)) (i32.const 32)))
            (i32.add (local.get $pads) (i32.add (i32.shl (local.get $i2) (i32.const 6)) (i32.const 32)))
            (i32.add (local.get $pads) (i32.add (i32.shl (local.get $i3) (i32.const 6)) (i32.const 32))))))
        (local.set $hits (call $finish256))
        (if (local.get $hits)
          (then (return (i32.add (local.get $i) (i32.ctz (local.get $hits))))))
        (local.set $i (i32.add (local.get $i) (i32.const 4)))
        (br $group)))
    (i32.const -1))

  ;; As scan256 for keys [start, end) whose pad states scan256 stored at $pads: 4 compressions a key
  ;; instead of 6. Returns the first index whose HMAC-SHA-256 is TARGET, or -1.
  (func (export "scanPads256")
    (param $fixed i32) (param $nfixed i32) (param $pads i32) (param $start i32) (param $end i32)
    (result i32)
    (local $i i32) (local $last i32) (local $p0 i32) (local $p1 i32) (local $p2 i32) (local $p3 i32) (local $hits i32)
    (local.set $last (i32.sub (local.get $end) (i32.const 1)))
    (local.set $i (local.get $start))
    (block $done
      (loop $group
        (br_if $done (i32.ge_s (local.get $i) (local.get $end)))
        (local.set $p0 (i32.add (local.get $pads) (i32.shl (local.get $i) (i32.const 6))))
        (local.set $p1 (i32.add (local.get $pads) (i32.shl (call $lane (local.get $i) (i32.const 1) (local.get $last)) (i32.const 6))))
        (local.set $p2 (i32.add (local.get $pads) (i32.shl (call $lane (local.get $i) (i32.const 2) (local.get $last)) (i32.const 6))))
        (local.set $p3 (i32.add (local.get $pads) (i32.shl (call $lane (local.get $i) (i32.const 3) (local.get $last)) (i32.const 6))))
        (call $load_state256 (i32.const 4096) (local.get $p0) (local.get $p1) (local.get $p2) (local.get $p3))
        (call $inner_fixed256 (local.get $fixed) (local.get $nfixed))
        (call $load_state256 (i32.const 4224)
          (i32.add (local.get $p0) (i32.const 32)) (i32.add (local.get $p1) (i32.const 32))
          (i32.add (local.get $p2) (i32.const 32)) (i32.add (local.get $p3) (i32.const 32)))
        (local.set $hits (call $finish256))
        (if (local.get $hits)
          (then (return (i32.add (local.get $i) (i32.ctz (local.get $hits))))))
        (local.set $i (i32.add (local.get $i) (i32.const 4)))
        (br $group)))
    (i32.const -1))

  ;; min($i + $j, $last): the key of lane $j.
  (func $lane (param $i i32) (param $j i32) (param $last i32) (result i32)
    (select (i32.add (local.get $i) (local.get $j)) (local.get $last)
      (i32.lt_s (i32.add (local.get $i) (local.get $j)) (local.get $last))))

  ;; ---- SHA-384 / SHA-512, one key at a time ----

  ;; KW[t] = W[t] + K[t] for t < 16; then W[t] = σ1(W[t-2]) + W[t-7] + σ0(W[t-15]) + W[t-16] and
  ;; KW[t] for 16 <= t < 80. σ0 = rotr1 ^ rotr8 ^ shr7, σ1 = rotr19 ^ rotr61 ^ shr6.
  (func $schedule512
    (local $p i32) (local $k i32) (local $x i64) (local $y i64) (local $w i64)
    (local.set $p (i32.const 2048))
    (local.set $k (i32.const 1024))
    (loop $first
      (i64.store offset=1024 (local.get $p) (i64.add (i64.load (local.get $p)) (i64.load (local.get $k))))
      (local.set $p (i32.add (local.get $p) (i32.const 8)))
      (local.set $k (i32.add (local.get $k) (i32.const 8)))
      (br_if $first (i32.lt_u (local.get $k) (i32.const 1152))))
    ;; From here p points at W[t - 16].
    (local.set $p (i32.const 2048))
    (loop $rest
      (local.set $x (i64.load offset=8 (local.get $p)))
      (local.set $y (i64.load offset=112 (local.get $p)))
      (local.set $w (i64.add
        (i64.add
          (i64.xor (i64.xor (i64.rotr (local.get $y) (i64.const 19)) (i64.rotr (local.get $y) (i64.const 61)))
            (i64.shr_u (local.get $y) (i64.const 6)))
          (i64.load offset=72 (local.get $p)))
        (i64.add
          (i64.xor (i64.xor (i64.rotr (local.get $x) (i64.const 1)) (i64.rotr (local.get $x) (i64.const 8)))
            (i64.shr_u (local.get $x) (i64.const 7)))
          (i64.load (local.get $p)))))
      (i64.store offset=128 (local.get $p) (local.get $w))
      (i64.store offset=1152 (local.get $p) (i64.add (local.get $w) (i64.load (local.get $k))))
      (local.set $p (i32.add (local.get $p) (i32.const 8)))
      (local.set $k (i32.add (local.get $k) (i32.const 8)))
      (br_if $rest (i32.lt_u (local.get $k) (i32.const 1664)))))

  ;; The 80 rounds over the state at $st (8 x i64), with W + K read from $kw (80 x i64).
  ;; Σ0 = rotr28 ^ rotr34 ^ rotr39, Σ1 = rotr14 ^ rotr18 ^ rotr41, Ch = g ^ (e & (f ^ g)).
  (func $rounds512 (param $st i32) (param $kw i32)
    (local $a i64) (local $b i64) (local $c i64) (local $d i64)
    (local $e i64) (local $f i64) (local $g i64) (local $h i64)
    (local $t1 i64) (local $ab i64) (local $bc i64) (local $end i32)
    (local.set $a (i64.load offset=0 (local.get $st)))
    (local.set $b (i64.load offset=8 (local.get $st)))
    (local.set $c (i64.load offset=16 (local.get $st)))
    (local.set $d (i64.load offset=24 (local.get $st)))
    (local.set $e (i64.load offset=32 (local.get $st)))
    (local.set $f (i64.load offset=40 (local.get $st)))
    (local.set $g (i64.load offset=48 (local.get $st)))
    (local.set $h (i64.load offset=56 (local.get $st)))
    (local.set $bc (i64.xor (local.get $b) (local.get $c)))
    (local.set $end (i32.add (local.get $kw) (i32.const 640)))
    (loop $eight
      ;; round +0: roles a..h = a b c d e f g h
      (local.set $t1 (i64.add
        (i64.add (local.get $h) (i64.load offset=0 (local.get $kw)))
        (i64.add
          (i64.xor (i64.xor (i64.rotr (local.get $e) (i64.const 14)) (i64.rotr (local.get $e) (i64.const 18))) (i64.rotr (local.get $e) (i64.const 41)))
          (i64.xor (local.get $g) (i64.and (local.get $e) (i64.xor (local.get $f) (local.get $g)))))))
      (local.set $d (i64.add (local.get $d) (local.get $t1)))
      (local.set $ab (i64.xor (local.get $a) (local.get $b)))
      (local.set $h (i64.add
        (i64.add (local.get $t1) (i64.xor (i64.xor (i64.rotr (local.get $a) (i64.const 28)) (i64.rotr (local.get $a) (i64.const 34))) (i64.rotr (local.get $a) (i64.const 39))))
        (i64.xor (local.get $b) (i64.and (local.get $ab) (local.get $bc)))))
      (local.set $bc (local.get $ab))
      ;; round +1: roles a..h = h a b c d e f g
      (local.set $t1 (i64.add
        (i64.add (local.get $g) (i64.load offset=8 (local.get $kw)))
        (i64.add
          (i64.xor (i64.xor (i64.rotr (local.get $d) (i64.const 14)) (i64.rotr (local.get $d) (i64.const 18))) (i64.rotr (local.get $d) (i64.const 41)))
          (i64.xor (local.get $f) (i64.and (local.get $d) (i64.xor (local.get $e) (local.get $f)))))))
      (local.set $c (i64.add (local.get $c) (local.get $t1)))
      (local.set $ab (i64.xor (local.get $h) (local.get $a)))
      (local.set $g (i64.add
        (i64.add (local.get $t1) (i64.xor (i64.xor (i64.rotr (local.get $h) (i64.const 28)) (i64.rotr (local.get $h) (i64.const 34))) (i64.rotr (local.get $h) (i64.const 39))))
        (i64.xor (local.get $a) (i64.and (local.get $ab) (local.get $bc)))))
      (local.set $bc (local.get $ab))
      ;; round +2: roles a..h = g h a b c d e f
      (local.set $t1 (i64.add
        (i64.add (local.get $f) (i64.load offset=16 (local.get $kw)))
        (i64.add
          (i64.xor (i64.xor (i64.rotr (local.get $c) (i64.const 14)) (i64.rotr (local.get $c) (i64.const 18))) (i64.rotr (local.get $c) (i64.const 41)))
          (i64.xor (local.get $e) (i64.and (local.get $c) (i64.xor (local.get $d) (local.get $e)))))))
      (local.set $b (i64.add (local.get $b) (local.get $t1)))
      (local.set $ab (i64.xor (local.get $g) (local.get $h)))
      (local.set $f (i64.add
        (i64.add (local.get $t1) (i64.xor (i64.xor (i64.rotr (local.get $g) (i64.const 28)) (i64.rotr (local.get $g) (i64.const 34))) (i64.rotr (local.get $g) (i64.const 39))))
        (i64.xor (local.get $h) (i64.and (local.get $ab) (local.get $bc)))))
      (local.set $bc (local.get $ab))
      ;; round +3: roles a..h = f g h a b c d e
      (local.set $t1 (i64.add
        (i64.add (local.get $e) (i64.load offset=24 (local.get $kw)))
        (i64.add
          (i64.xor (i64.xor (i64.rotr (local.get $b) (i64.const 14)) (i64.rotr (local.get $b) (i64.const 18))) (i64.rotr (local.get $b) (i64.const 41)))
          (i64.xor (local.get $d) (i64.and (local.get $b) (i64.xor (local.get $c) (local.get $d)))))))
      (local.set $a (i64.add (local.get $a) (local.get $t1)))
      (local.set $ab (i64.xor (local.get $f) (local.get $g)))
      (local.set $e (i64.add
        (i64.add (local.get $t1) (i64.xor (i64.xor (i64.rotr (local.get $f) (i64.const 28)) (i64.rotr (local.get $f) (i64.const 34))) (i64.rotr (local.get $f) (i64.const 39))))
        (i64.xor (local.get $g) (i64.and (local.get $ab) (local.get $bc)))))
      (local.set $bc (local.get $ab))
      ;; round +4: roles a..h = e f g h a b c d
      (local.set $t1 (i64.add
        (i64.add (local.get $d) (i64.load offset=32 (local.get $kw)))
        (i64.add
          (i64.xor (i64.xor (i64.rotr (local.get $a) (i64.const 14)) (i64.rotr (local.get $a) (i64.const 18))) (i64.rotr (local.get $a) (i64.const 41)))
          (i64.xor (local.get $c) (i64.and (local.get $a) (i64.xor (local.get $b) (local.get $c)))))))
      (local.set $h (i64.add (local.get $h) (local.get $t1)))
      (local.set $ab (i64.xor (local.get $e) (local.get $f)))
      (local.set $d (i64.add
        (i64.add (local.get $t1) (i64.xor (i64.xor (i64.rotr (local.get $e) (i64.const 28)) (i64.rotr (local.get $e) (i64.const 34))) (i64.rotr (local.get $e) (i64.const 39))))
        (i64.xor (local.get $f) (i64.and (local.get $ab) (local.get $bc)))))
      (local.set $bc (local.get $ab))
      ;; round +5: roles a..h = d e f g h a b c
      (local.set $t1 (i64.add
        (i64.add (local.get $c) (i64.load offset=40 (local.get $kw)))
        (i64.add
          (i64.xor (i64.xor (i64.rotr (local.get $h) (i64.const 14)) (i64.rotr (local.get $h) (i64.const 18))) (i64.rotr (local.get $h) (i64.const 41)))
          (i64.xor (local.get $b) (i64.and (local.get $h) (i64.xor (local.get $a) (local.get $b)))))))
      (local.set $g (i64.add (local.get $g) (local.get $t1)))
      (local.set $ab (i64.xor (local.get $d) (local.get $e)))
      (local.set $c (i64.add
        (i64.add (local.get $t1) (i64.xor (i64.xor (i64.rotr (local.get $d) (i64.const 28)) (i64.rotr (local.get $d) (i64.const 34))) (i64.rotr (local.get $d) (i64.const 39))))
        (i64.xor (local.get $e) (i64.and (local.get $ab) (local.get $bc)))))
      (local.set $bc (local.get $ab))
      ;; round +6: roles a..h = c d e f g h a b
      (local.set $t1 (i64.add
        (i64.add (local.get $b) (i64.load offset=48 (local.get $kw)))
        (i64.add
          (i64.xor (i64.xor (i64.rotr (local.get $g) (i64.const 14)) (i64.rotr (local.get $g) (i64.const 18))) (i64.rotr (local.get $g) (i64.const 41)))
          (i64.xor (local.get $a) (i64.and (local.get $g) (i64.xor (local.get $h) (local.get $a)))))))
      (local.set $f (i64.add (local.get $f) (local.get $t1)))
      (local.set $ab (i64.xor (local.get $c) (local.get $d)))
      (local.set $b (i64.add
        (i64.add (local.get $t1) (i64.xor (i64.xor (i64.rotr (local.get $c) (i64.const 28)) (i64.rotr (local.get $c) (i64.const 34))) (i64.rotr (local.get $c) (i64.const 39))))
        (i64.xor (local.get $d) (i64.and (local.get $ab) (local.get $bc)))))
      (local.set $bc (local.get $ab))
      ;; round +7: roles a..h = b c d e f g h a
      (local.set $t1 (i64.add
        (i64.add (local.get $a) (i64.load offset=56 (local.get $kw)))
        (i64.add
          (i64.xor (i64.xor (i64.rotr (local.get $f) (i64.const 14)) (i64.rotr (local.get $f) (i64.const 18))) (i64.rotr (local.get $f) (i64.const 41)))
          (i64.xor (local.get $h) (i64.and (local.get $f) (i64.xor (local.get $g) (local.get $h)))))))
      (local.set $e (i64.add (local.get $e) (local.get $t1)))
      (local.set $ab (i64.xor (local.get $b) (local.get $c)))
      (local.set $a (i64.add
        (i64.add (local.get $t1) (i64.xor (i64.xor (i64.rotr (local.get $b) (i64.const 28)) (i64.rotr (local.get $b) (i64.const 34))) (i64.rotr (local.get $b) (i64.const 39))))
        (i64.xor (local.get $c) (i64.and (local.get $ab) (local.get $bc)))))
      (local.set $bc (local.get $ab))
      (local.set $kw (i32.add (local.get $kw) (i32.const 64)))
      (br_if $eight (i32.ne (local.get $kw) (local.get $end))))
    (i64.store offset=0 (local.get $st) (i64.add (i64.load offset=0 (local.get $st)) (local.get $a)))
    (i64.store offset=8 (local.get $st) (i64.add (i64.load offset=8 (local.get $st)) (local.get $b)))
    (i64.store offset=16 (local.get $st) (i64.add (i64.load offset=16 (local.get $st)) (local.get $c)))
    (i64.store offset=24 (local.get $st) (i64.add (i64.load offset=24 (local.get $st)) (local.get $d)))
    (i64.store offset=32 (local.get $st) (i64.add (i64.load offset=32 (local.get $st)) (local.get $e)))
    (i64.store offset=40 (local.get $st) (i64.add (i64.load offset=40 (local.get $st)) (local.get $f)))
    (i64.store offset=48 (local.get $st) (i64.add (i64.load offset=48 (local.get $st)) (local.get $g)))
    (i64.store offset=56 (local.get $st) (i64.add (i64.load offset=56 (local.get $st)) (local.get $h))))

  ;; The state at $st = the 8 words at $iv.
  (func $init512 (param $st i32) (param $iv i32)
    (v128.store offset=0 (local.get $st) (v128.load offset=0 (local.get $iv)))
    (v128.store offset=16 (local.get $st) (v128.load offset=16 (local.get $iv)))
    (v128.store offset=32 (local.get $st) (v128.load offset=32 (local.get $iv)))
    (v128.store offset=48 (local.get $st) (v128.load offset=48 (local.get $iv))))

  ;; KEY = key $i's block as 16 big-endian i64 words (bytes past its length masked to zero).
  (func $key512 (param $offs i32) (param $bytes i32) (param $i i32)
    (local $p i32) (local $n v128) (local $v v128) (local $q i32) (local $out i32)
    (local.set $q (i32.add (local.get $offs) (i32.shl (local.get $i) (i32.const 2))))
    (local.set $p (i32.load (local.get $q)))
    (local.set $n (i8x16.splat (i32.sub (i32.load offset=4 (local.get $q)) (local.get $p))))
    (local.set $p (i32.add (local.get $bytes) (local.get $p)))
    (local.set $out (i32.const 4352))
    (loop $pairs
      (local.set $v (v128.and (v128.load (local.get $p))
        (i8x16.gt_u (local.get $n) (v128.const i8x16 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15))))
      (v128.store (local.get $out) (i8x16.shuffle 7 6 5 4 3 2 1 0 15 14 13 12 11 10 9 8 (local.get $v) (local.get $v)))
      (local.set $p (i32.add (local.get $p) (i32.const 16)))
      (local.set $n (i8x16.sub_sat_u (local.get $n) (i8x16.splat (i32.const 16))))
      (local.set $out (i32.add (local.get $out) (i32.const 16)))
      (br_if $pairs (i32.lt_u (local.get $out) (i32.const 4480)))))

  ;; W[0..15] = KEY ^ pad (8 x v128)
  (func $pad512 (param $pad v128)
    (local $p i32)
    (local.set $p (i32.const 4352))
    (loop $words
      (v128.store offset=0 (i32.sub (local.get $p) (i32.const 2304))
        (v128.xor (v128.load (local.get $p)) (local.get $pad)))
      (local.set $p (i32.add (local.get $p) (i32.const 16)))
      (br_if $words (i32.lt_u (local.get $p) (i32.const 4480)))))

  ;; The inner hash's remaining blocks: m's $nfixed blocks at $fixed, over STATE_IN.
  (func $inner_fixed512 (param $fixed i32) (param $nfixed i32)
    (local $j i32)
    (block $done
      (loop $blocks
        (br_if $done (i32.ge_u (local.get $j) (local.get $nfixed)))
        (call $rounds512 (i32.const 4096) (i32.add (local.get $fixed) (i32.mul (local.get $j) (i32.const 640))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br $blocks))))

  ;; 64 bytes from $from to $to.
  (func $copy64 (param $to i32) (param $from i32)
    (v128.store offset=0 (local.get $to) (v128.load offset=0 (local.get $from)))
    (v128.store offset=16 (local.get $to) (v128.load offset=16 (local.get $from)))
    (v128.store offset=32 (local.get $to) (v128.load offset=32 (local.get $from)))
    (v128.store offset=48 (local.get $to) (v128.load offset=48 (local.get $from))))

  ;; The outer hash's last block: the inner digest ($words words of STATE_IN) and its padding, over
  ;; STATE_OUT; 1 when the digest's $words words are TARGET.
  (func $finish512 (param $words i32) (result i32)
    (local $j i32)
    (call $copy64 (i32.const 2048) (i32.const 4096))
    (v128.store offset=2112 (i32.const 0) (v128.const i32x4 0 0 0 0))
    (v128.store offset=2128 (i32.const 0) (v128.const i32x4 0 0 0 0))
    (v128.store offset=2144 (i32.const 0) (v128.const i32x4 0 0 0 0))
    (v128.store offset=2160 (i32.const 0) (v128.const i32x4 0 0 0 0))
    (i64.store offset=2048 (i32.shl (local.get $words) (i32.const 3)) (i64.const 0x8000000000000000))
    (i64.store offset=2056 (i32.shl (local.get $words) (i32.const 3)) (i64.const 0))
    (i64.store offset=2168 (i32.const 0)
      (i64.extend_i32_u (i32.shl (i32.add (i32.const 128) (i32.shl (local.get $words) (i32.const 3))) (i32.const 3))))
    (call $schedule512)
    (call $rounds512 (i32.const 4224) (i32.const 3072))
    (block $differs
      (loop $compare
        (br_if $differs (i64.ne
          (i64.load offset=4224 (i32.shl (local.get $j) (i32.const 3)))
          (i64.load offset=512 (i32.shl (local.get $j) (i32.const 3)))))
        (local.set $j (i32.add (local.get $j) (i32.const 1)))
        (br_if $compare (i32.lt_u (local.get $j) (local.get $words))))
      (return (i32.const 1)))
    (i32.const 0))

  ;; Keys [start, end) as for scan256, m's schedules at $fixed ($nfixed blocks of 80 x i64), the
  ;; initial value at $iv (1792 for SHA-384, 1856 for SHA-512), $words digest words (6 or 8), and
  ;; when $pads is not 0, where to store the keys' pad states. Returns the first index whose HMAC is
  ;; TARGET, or -1.
  (func (export "scan512")
    (param $fixed i32) (param $nfixed i32) (param $offs i32) (param $bytes i32) (param $start i32) (param $end i32)
    (param $iv i32) (param $words i32) (param $pads i32)
    (result i32)
    (local $i i32) (local $p i32)
    (local.set $i (local.get $start))
    (block $done
      (loop $key
        (br_if $done (i32.ge_s (local.get $i) (local.get $end)))
        (call $key512 (local.get $offs) (local.get $bytes) (local.get $i))
        (local.set $p (i32.add (local.get $pads) (i32.shl (local.get $i) (i32.const 7))))

        ;; inner hash
        (call $pad512 (v128.const i32x4 0x36363636 0x36363636 0x36363636 0x36363636))
        (call $schedule512)
        (call $init512 (i32.const 4096) (local.get $iv))
        (call $rounds512 (i32.const 4096) (i32.const 3072))
        (if (local.get $pads) (then (call $copy64 (local.get $p) (i32.const 4096))))
        (call $inner_fixed512 (local.get $fixed) (local.get $nfixed))

        ;; outer hash
        (call $pad512 (v128.const i32x4 0x5c5c5c5c 0x5c5c5c5c 0x5c5c5c5c 0x5c5c5c5c))
        (call $schedule512)
        (call $init512 (i32.const 4224) (local.get $iv))
        (call $rounds512 (i32.const 4224) (i32.const 3072))
        (if (local.get $pads) (then (call $copy64 (i32.add (local.get $p) (i32.const 64)) (i32.const 4224))))
        (if (call $finish512 (local.get $words)) (then (return (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $key)))
    (i32.const -1))

  ;; As scan512 for keys [start, end) whose pad states scan512 stored at $pads.
  (func (export "scanPads512")
    (param $fixed i32) (param $nfixed i32) (param $pads i32) (param $start i32) (param $end i32) (param $words i32)
    (result i32)
    (local $i i32) (local $p i32)
    (local.set $i (local.get $start))
    (block $done
      (loop $key
        (br_if $done (i32.ge_s (local.get $i) (local.get $end)))
        (local.set $p (i32.add (local.get $pads) (i32.shl (local.get $i) (i32.const 7))))
        (call $copy64 (i32.const 4096) (local.get $p))
        (call $inner_fixed512 (local.get $fixed) (local.get $nfixed))
        (call $copy64 (i32.const 4224) (i32.add (local.get $p) (i32.const 64)))
        (if (call $finish512 (local.get $words)) (then (return (local.get $i))))
        (local.set $i (i32.add (local.get $i) (i32.const 1)))
        (br $key)))
    (i32.const -1))
)
