# Turkish, German, French, Spanish and Russian stories for the ninety-third held-out part (h93-*) of the newsflow
# extraction set. Fictional; written for newsflow. Markup and fields as in articles_h93_en.py.
ARTICLES = [
dict(id="h93-tr-001", lang="tr", tpl="nextjs",
     section="Kent", date="2026-03-18", byline="Selin Ar\u0131kan",
     title="Kuzukaya'da k\u00f6pe\u011finin d\u0131\u015fk\u0131s\u0131n\u0131 toplamayana 1.200 lira ceza",
     sub="Belediye, parklara ve sahil y\u00fcr\u00fcy\u00fc\u015f yoluna 40 yeni at\u0131k kutusu yerle\u015ftirecek.",
     caption="Sahil y\u00fcr\u00fcy\u00fc\u015f yoluna yerle\u015ftirilen ilk po\u015fet istasyonlar\u0131ndan biri.", credit="Foto\u011fraf: Selin Ar\u0131kan",
     carry=["dogfouling"],
     body="""
Kuzukaya Belediyesi, parklarda ve kald\u0131r\u0131mlarda k\u00f6pe\u011finin d\u0131\u015fk\u0131s\u0131n\u0131 toplamayan sahiplere 1.200 lira idari para cezas\u0131 uygulamaya ba\u015flayacak. Karar, belediye meclisinin mart ay\u0131 toplant\u0131s\u0131nda oy birli\u011fiyle kabul edildi.

Zab\u0131ta M\u00fcd\u00fcr\u00fc O\u011fuz Tekin, \u00f6zellikle sahil y\u00fcr\u00fcy\u00fc\u015f yolu ve Yenidere Park\u0131'ndan gelen \u015fik\u00e2yetlerin son iki y\u0131lda \u00fc\u00e7 kat\u0131na \u00e7\u0131kt\u0131\u011f\u0131n\u0131 s\u00f6yledi. "\u00c7ocuk oyun alanlar\u0131n\u0131n kumundan her hafta po\u015fetlerle d\u0131\u015fk\u0131 topluyoruz. Bu art\u0131k bir sa\u011fl\u0131k meselesi," dedi.

**Po\u015fet istasyonlar\u0131 geliyor**

Belediye, cezadan \u00f6nce sahiplerin i\u015fini kolayla\u015ft\u0131rmak istiyor. Nisan sonuna kadar parklara ve sahil yoluna, \u00fccretsiz po\u015fet da\u011f\u0131tan 40 at\u0131k kutusu yerle\u015ftirilecek. Kutular\u0131n yerleri belediyenin internet sitesindeki haritada g\u00f6sterilecek.

**Denetimi kim yapacak?**

Zab\u0131ta ekipleri hafta i\u00e7i sabah ve ak\u015fam saatlerinde parklarda devriye gezecek. Vatanda\u015flar da foto\u011fraf \u00e7ekip belediyenin Beyaz Masa hatt\u0131na bildirimde bulunabilecek.

Hayvanseverler Derne\u011fi Ba\u015fkan\u0131 Deniz Karaca, karar\u0131 destekledi\u011fini ama cezan\u0131n tek ba\u015f\u0131na yeterli olmayaca\u011f\u0131n\u0131 s\u00f6yledi. "Sahiplerin \u00e7o\u011fu duyarl\u0131. Sorun birka\u00e7 ki\u015fi, ama onlar y\u00fcz\u00fcnden b\u00fct\u00fcn k\u00f6peklerin parklardan kovulmas\u0131n\u0131 istemiyoruz," diye konu\u015ftu.

**Sahiplere bilgilendirme g\u00fcn\u00fc**

Dernek, may\u0131s ay\u0131nda Yenidere Park\u0131'nda k\u00f6pek sahipleri i\u00e7in bir bilgilendirme g\u00fcn\u00fc d\u00fczenleyecek.

Cezalar 1 May\u0131s'tan itibaren uygulanacak. \u015eik\u00e2yet ve \u00f6neriler i\u00e7in Beyaz Masa'ya 153 numaral\u0131 telefondan ula\u015f\u0131labiliyor.
"""),

dict(id="h93-tr-002", lang="tr", tpl="webflow",
     section="S\u00f6yle\u015fi", date="2026-05-12", byline="Emre Yaz\u0131c\u0131o\u011flu",
     title="Yenidere'nin son kay\u0131k\u00e7\u0131s\u0131: \u201cBu iskelede k\u0131rk bir y\u0131l ge\u00e7ti\u201d",
     sub="K\u00f6pr\u00fc tamamlan\u0131nca Hasan \u00dcnl\u00fc'n\u00fcn kay\u0131\u011f\u0131 m\u00fczeye gidecek. Son seferinden \u00f6nce konu\u015ftuk.",
     caption="Hasan \u00dcnl\u00fc, Yenidere iskelesindeki kay\u0131\u011f\u0131n\u0131n ba\u015f\u0131nda.", credit="Foto\u011fraf: Emre Yaz\u0131c\u0131o\u011flu",
     look=[("highlight", "Hasan \u00dcnl\u00fc, 1985'ten bu yana")],
     body="""
Hasan \u00dcnl\u00fc, 1985'ten bu yana Yenidere iskelesi ile kar\u015f\u0131 k\u0131y\u0131daki Ak\u00e7al\u0131 aras\u0131nda kay\u0131kla yolcu ta\u015f\u0131yor. K\u00f6pr\u00fc tamamlan\u0131nca bu yaz son seferini yapacak. Kendisiyle iskeledeki k\u00fc\u00e7\u00fck kul\u00fcbesinde konu\u015ftuk.

**Kayıkçılığa nasıl başladınız?**

Babam\u0131n kay\u0131\u011f\u0131yd\u0131. On dokuz ya\u015f\u0131nda askerden d\u00f6nd\u00fcm, babam\u0131n beli a\u011fr\u0131yordu, k\u00fcre\u011fi ben ald\u0131m. Bir y\u0131l dedim, k\u0131rk bir y\u0131l oldu.

**G\u00fcnde ka\u00e7 sefer yap\u0131yorsunuz?**

Yaz\u0131n yirmi, k\u0131\u015f\u0131n sekiz on. Sabah alt\u0131da i\u015f\u00e7iler, \u00f6\u011flen pazarc\u0131lar, ak\u015fam da okul \u00e7ocuklar\u0131. Hepsini tan\u0131r\u0131m, annelerini babalar\u0131n\u0131 da.

**Ya lodos?**

Lodos \u00e7\u0131k\u0131nca \u00e7al\u0131\u015fmam, kimseyi de bindirmem. Bir kere bir m\u00fcteahhit zorla ge\u00e7mek istedi, para teklif etti. Dedim ki bu dere senin paran\u0131 tan\u0131maz.

**Hiç kaza oldu mu?**

Bir kere, seksen yedide. Kayık devrildi, iki yolcuyla birlikte suya düştük. Kimseye bir şey olmadı ama pazarcının bütün domatesleri dereye gitti. Hâlâ anlatır.

**K\u00f6pr\u00fc i\u00e7in ne d\u00fc\u015f\u00fcn\u00fcyorsunuz?**

\u0130yi olacak. Hastaneye gidecek ya\u015fl\u0131lar i\u00e7in, \u00e7ocuklar i\u00e7in iyi olacak. Ama ak\u015fam\u00fcst\u00fc burada \u00e7ay i\u00e7ip kar\u015f\u0131ya bakmak da bir \u015feydi. O biter.

**Peki köprüden sonra?**

Kay\u0131\u011f\u0131 belediye m\u00fczeye istiyor. \u00d6nce vermem dedim, sonra d\u00fc\u015f\u00fcnd\u00fcm. Evde \u00e7\u00fcr\u00fcyece\u011fine \u00e7ocuklar g\u00f6rs\u00fcn.

Hasan \u00dcnl\u00fc'n\u00fcn son seferi 27 Haziran Cumartesi saat 18.00'de yap\u0131lacak. Belediye, iskelede bir veda t\u00f6reni d\u00fczenliyor.
"""),

dict(id="h93-tr-003", lang="tr", tpl="blogger", site="Ak\u00e7al\u0131 K\u00f6y\u00fc", kind="small",
     section="K\u00f6y\u00fcm\u00fczden", date="2026-06-08", byline="Kemal Yurt",
     title="Ak\u00e7al\u0131'da imeceyle onar\u0131lan k\u00f6y \u00e7e\u015fmesi yeniden ak\u0131yor",
     sub="On iki y\u0131ld\u0131r kuru duran meydan \u00e7e\u015fmesi iki hafta sonu s\u00fcren bir imeceyle onar\u0131ld\u0131.",
     caption="Onar\u0131lan \u00e7e\u015fmenin a\u00e7\u0131l\u0131\u015f\u0131nda k\u00f6yl\u00fcler.", credit="Foto\u011fraf: Ak\u00e7al\u0131 Muhtarl\u0131\u011f\u0131",
     body="""
K\u00f6y meydan\u0131ndaki \u00e7e\u015fmemiz tam on iki y\u0131l sonra yeniden akmaya ba\u015flad\u0131. 1958'de yap\u0131lan ve y\u0131llard\u0131r kuru duran \u00e7e\u015fmeyi k\u00f6yl\u00fclerimiz iki hafta sonu s\u00fcren bir imeceyle onard\u0131.

\u00c7e\u015fmenin suyu, k\u00f6y\u00fcn \u00fcst\u00fcndeki Kocap\u0131nar kayna\u011f\u0131ndan geliyor. Eski demir borular \u00e7\u00fcr\u00fcy\u00fcnce ve yol geni\u015fletilirken hat kesilince \u00e7e\u015fme kurumu\u015ftu.

\u0130meceye katk\u0131 verenler \u015f\u00f6yle:

- Borular\u0131 ve vanalar\u0131 gurbet\u00e7i hem\u015ferimiz Ali \u00c7etin g\u00f6nderdi.
- Kaz\u0131y\u0131 gen\u00e7 \u00e7ift\u00e7ilerimiz trakt\u00f6rleriyle yapt\u0131.
- Ta\u015f i\u015f\u00e7ili\u011fini emekli usta R\u0131za Durmaz \u00fcstlendi.
- Kad\u0131nlar\u0131m\u0131z iki g\u00fcn boyunca herkese yemek ve \u00e7ay haz\u0131rlad\u0131.
- K\u00f6y okulunun \u00f6\u011frencileri \u00e7e\u015fmenin kitabesini boyad\u0131.

Toplam masraf 38 bin lira tuttu. Bunun yar\u0131s\u0131n\u0131 il \u00f6zel idaresi kar\u015f\u0131lad\u0131, kalan\u0131n\u0131 k\u00f6yl\u00fclerimiz kendi aralar\u0131nda toplad\u0131.

Çeşmenin yalağı da yenilendi. Artık köyün hayvanları da buradan su içebilecek, yaz aylarında bahçesini sulamak isteyenler için yanına ayrıca bir musluk eklendi.

Muhtarlık, çeşmenin bakımı için her bahar yeni bir imece düzenlemeyi planlıyor.

\u00c7e\u015fmenin a\u00e7\u0131l\u0131\u015f\u0131nda en ya\u015fl\u0131 k\u00f6yl\u00fcm\u00fcz, 96 ya\u015f\u0131ndaki Fatma Nine ilk suyu i\u00e7ti. "Gelin geldi\u011fimde bu \u00e7e\u015fmeden testiyle su ta\u015f\u0131rd\u0131m," dedi.

Eme\u011fi ge\u00e7en herkese k\u00f6y\u00fcm\u00fcz ad\u0131na te\u015fekk\u00fcr ederiz. A\u00e7\u0131l\u0131\u015f g\u00fcn\u00fcnden foto\u011fraflar\u0131 payla\u015fmak isteyenler muhtarl\u0131\u011fa getirebilir.
"""),

dict(id="h93-de-001", lang="de", tpl="wix", site="B\u00fcrgerverein Kirchgrund e.V.", kind="small",
     section="Aus dem Viertel", date="2026-04-21", byline="Jutta Weinreich",
     title="Erste Carsharing-Station im Neubaugebiet Am M\u00fchlbach er\u00f6ffnet",
     sub="Zwei Autos zum Stundentarif: Der B\u00fcrgerverein hat sich drei Jahre lang daf\u00fcr eingesetzt.",
     caption="Die beiden Carsharing-Autos an der Ecke Kastanienweg und M\u00fchlbachstra\u00dfe.", credit="Foto: Jutta Weinreich",
     carry=["carclub"], run_in=["carclub"],
     body="""
Seit Montag stehen im Neubaugebiet Am M\u00fchlbach zwei Carsharing-Autos bereit. Die Station an der Ecke Kastanienweg und M\u00fchlbachstra\u00dfe ist die erste in Kirchgrund und eine von bisher nur f\u00fcnf in ganz Wendelstedt.

Der B\u00fcrgerverein hatte sich seit dem Bau der ersten H\u00e4user daf\u00fcr eingesetzt. Im Bebauungsplan ist pro Wohnung nur ein Stellplatz vorgesehen, und die Stra\u00dfen im Quartier sind abends l\u00e4ngst zugeparkt.

\u201eViele Familien hier haben ein Auto und br\u00e4uchten eigentlich ein zweites, aber nur ein paarmal im Monat\u201c, sagt der Vereinsvorsitzende Thomas Brandl. \u201eGenau f\u00fcr die ist so eine Station gedacht.\u201c

Betrieben wird die Station von einer Genossenschaft aus der Region, die bereits am Bahnhof und am Rathaus Autos anbietet. Eines der beiden Fahrzeuge ist ein elektrischer Kleinwagen, das andere ein Kombi mit gro\u00dfem Kofferraum.

Zur Er\u00f6ffnung am Montag kamen rund 40 Nachbarinnen und Nachbarn, viele davon mit Kindern. Am Stand der Genossenschaft meldeten sich an diesem Nachmittag 17 Haushalte an.

Nicht alle sind begeistert. Anwohner der M\u00fchlbachstra\u00dfe f\u00fcrchten, dass die beiden reservierten Pl\u00e4tze die Parknot noch versch\u00e4rfen. Der Verein will deshalb im Herbst eine Umfrage im Viertel machen.

Wer Mitglied der Genossenschaft werden m\u00f6chte, kann sich online oder beim n\u00e4chsten Vereinstreffen am Donnerstag, 7. Mai, um 19 Uhr im Gemeindehaus informieren.
"""),

dict(id="h93-de-002", lang="de", tpl="substack", site="Wendelstedter Wochenbrief", kind="indie",
     section="Gespr\u00e4ch", date="2026-05-27", byline="Lukas Hollstein",
     title="\u201eWenn es im Pressbeh\u00e4lter knallt, hast du Sekunden\u201c: Ein M\u00fcllwerker \u00fcber brennende Akkus",
     sub="Dreimal hat es in diesem Jahr in einem Wendelstedter M\u00fcllwagen gebrannt. Marco Reisinger erkl\u00e4rt, warum.",
     standfirst="Dreimal hat es in diesem Jahr in einem Wendelstedter M\u00fcllwagen gebrannt. Marco Reisinger erkl\u00e4rt, warum.",
     caption="Marco Reisinger an seinem Fahrzeug im st\u00e4dtischen Betriebshof.", credit="Foto: Lukas Hollstein",
     carry=["batteryrecycling"],
     body="""
Dreimal hat es in diesem Jahr schon in einem Wendelstedter M\u00fcllwagen gebrannt. Jedes Mal war ein Akku schuld. Ich habe mit Marco Reisinger gesprochen, der seit 22 Jahren f\u00fcr den st\u00e4dtischen Betriebshof f\u00e4hrt.

**Wie merkt man, dass es brennt?**

Erst riecht es, so chemisch, nach verbranntem Plastik. Dann kommt Rauch aus der Sch\u00fcttung. Wenn es im Pressbeh\u00e4lter knallt, hast du Sekunden.

**Was machen Sie dann?**

Anhalten, weg von H\u00e4usern und Autos, Feuerwehr rufen. Dann kippen wir die ganze Ladung auf die Stra\u00dfe, damit der Wagen nicht ausbrennt. Das sieht schlimm aus, ist aber das Sicherste.

**Woher kommen die Akkus?**

Aus allem. E-Zigaretten, elektrische Zahnb\u00fcrsten, Spielzeug, alte Handys. Die Leute wissen oft gar nicht, dass da ein Akku drin ist. Die Presse dr\u00fcckt mit mehreren Tonnen drauf, und dann reicht ein Funke.

**Ist es schlimmer geworden?**

Viel schlimmer. Fr\u00fcher hatten wir so einen Brand alle paar Jahre. Jetzt reden wir im Betriebshof jede Woche dar\u00fcber.

**Und Ihr Wunsch?**

Dass niemand mehr Batterien in die Restm\u00fclltonne wirft. Jeder Supermarkt nimmt sie zur\u00fcck, der Wertstoffhof sowieso. Das kostet nichts.

Reisinger f\u00e4hrt weiter, jeden Morgen ab sechs, Tour 4 durch Kirchgrund.
"""),

dict(id="h93-de-003", lang="de", tpl="brightspot",
     section="Wendelstedt", date="2026-03-05", byline="Anna-Lena K\u00fcbler",
     title="Wochenmarkt zieht vom Parkplatz zur\u00fcck auf den Kirchplatz",
     sub="Nach elf Jahren hinter der Stadthalle kehren die H\u00e4ndler in die Ortsmitte zur\u00fcck. Nicht alle Anwohner freut das.",
     caption="Marktst\u00e4nde auf dem Parkplatz hinter der Stadthalle.", credit="Foto: Anna-Lena K\u00fcbler",
     carry=["correction"],
     correction="Korrektur: In einer fr\u00fcheren Fassung hie\u00df es, der Markt sei 2014 verlegt worden. Richtig ist 2015.",
     look=[("italic", "\u201eDer Markt geh\u00f6rt in die Mitte der Stadt")],
     body="""
Nach elf Jahren auf dem Parkplatz hinter der Stadthalle kehrt der Wendelstedter Wochenmarkt auf den Kirchplatz zur\u00fcck. Der Stadtrat stimmte am Dienstagabend mit gro\u00dfer Mehrheit f\u00fcr den Umzug, der nach Ostern stattfinden soll.

Der Markt war 2015 wegen der Sanierung des Kirchplatzes verlegt worden. Viele H\u00e4ndler klagten seitdem \u00fcber weniger Laufkundschaft, drei von ihnen gaben ganz auf.

## Was sich f\u00fcr die Kundschaft \u00e4ndert

Der Markt findet weiterhin zweimal pro Woche statt, die Zeiten werden aber angepasst:

- Mittwoch von 7 bis 13 Uhr
- Samstag von 7 bis 14 Uhr
- an Feiertagen am Werktag davor

Auf dem Kirchplatz ist Platz f\u00fcr 26 St\u00e4nde, sechs mehr als bisher. Neu dazukommen sollen ein K\u00e4seh\u00e4ndler aus dem Allg\u00e4u und ein Stand mit Blumen aus der Region.

## Kritik von Anwohnern

Nicht alle freuen sich. Anwohner der Kirchgasse f\u00fcrchten L\u00e4rm durch den Aufbau ab f\u00fcnf Uhr morgens. Die Stadt will den Lieferverkehr deshalb \u00fcber die Schulstra\u00dfe f\u00fchren.

\u201eDer Markt geh\u00f6rt in die Mitte der Stadt, nicht hinter eine Halle.\u201c

Das sagte Marktsprecherin Gerlinde Amann nach der Abstimmung. Sie rechnet mit mehr Kundschaft, vor allem bei \u00e4lteren Menschen, denen der Weg zum Parkplatz bisher zu weit war.

## Der erste Markttag

Der erste Markt auf dem Kirchplatz ist f\u00fcr Mittwoch, 15. April, geplant. Wer \u00fcber neue St\u00e4nde informiert werden m\u00f6chte, kann den Newsletter des Marktvereins abonnieren.
"""),

dict(id="h93-fr-001", lang="fr", tpl="tilda",
     section="Saint-Orbain", date="2026-04-09", byline="Camille Roussel",
     title="D\u00e9jections canines : Saint-Orbain sort le carnet d'amendes",
     sub="D\u00e8s le 1er mai, les ma\u00eetres qui ne ram\u00e8nent pas les d\u00e9jections de leur chien risquent 135 euros.",
     caption="Un des premiers distributeurs de sacs, \u00e0 l'entr\u00e9e du parc du Moulin.", credit="Photo : Camille Roussel",
     carry=["dogfouling"],
     body="""
\u00c0 partir du 1er mai, les propri\u00e9taires de chiens qui ne ramassent pas les d\u00e9jections de leur animal \u00e0 Saint-Orbain s'exposeront \u00e0 une amende de 135 euros. Le conseil municipal a adopt\u00e9 l'arr\u00eat\u00e9 lundi soir, \u00e0 l'unanimit\u00e9 moins deux abstentions.

La mairie dit avoir re\u00e7u plus de 200 signalements l'an dernier, surtout dans le parc du Moulin, sur les trottoirs de la rue des Tanneurs et autour de l'\u00e9cole Jules-Ferry.

**Vingt distributeurs de sacs**

Avant de verbaliser, la commune veut donner aux ma\u00eetres les moyens de bien faire. Vingt distributeurs de sacs gratuits seront install\u00e9s d'ici la fin du mois, dont six dans le parc du Moulin.

\u00ab On ne part pas en guerre contre les chiens. On demande juste aux ma\u00eetres de se baisser \u00bb, r\u00e9sume l'adjoint au cadre de vie, Patrick Lemaire.

**Qui contr\u00f4lera ?**

Les deux agents de la police municipale, qui patrouilleront dans les parcs le matin et en fin de journ\u00e9e. Les habitants pourront aussi signaler un trottoir souill\u00e9 gr\u00e2ce \u00e0 l'application de la mairie.

**Un espace canin au bord de la L\u00e8re**

Pour compenser, la commune am\u00e9nagera cet \u00e9t\u00e9 un espace cl\u00f4tur\u00e9 de 2 000 m\u00e8tres carr\u00e9s au bord de la L\u00e8re, o\u00f9 les chiens pourront courir sans laisse.

L'association des amis des animaux de Saint-Orbain salue la mesure, tout en regrettant le montant de l'amende. \u00ab 135 euros, c'est beaucoup pour un oubli \u00bb, estime sa pr\u00e9sidente, Sylvie Marchand.
"""),

dict(id="h93-fr-002", lang="fr", tpl="k2",
     section="Faits divers", date="2026-05-19", byline="Julien Favier",
     title="Incendie au centre de tri de Saint-Orbain : une batterie de trottinette en cause",
     sub="Le site restera ferm\u00e9 au moins trois semaines. Les emballages de quinze communes partent \u00e0 Vergnac.",
     caption="La fosse de r\u00e9ception du centre de tri, au lendemain de l'incendie.", credit="Photo : Julien Favier",
     carry=["batteryrecycling"], run_in=["batteryrecycling"],
     look=[("br", "Le premier, en juin dernier")],
     body="""
L'incendie qui a ravag\u00e9 une partie du centre de tri de Saint-Orbain dans la nuit de samedi \u00e0 dimanche a \u00e9t\u00e9 provoqu\u00e9 par une batterie de trottinette \u00e9lectrique jet\u00e9e dans un bac de collecte s\u00e9lective, selon les premi\u00e8res constatations des pompiers.

Le feu s'est d\u00e9clar\u00e9 vers 2 h 30 dans la fosse de r\u00e9ception, o\u00f9 sont d\u00e9vers\u00e9s les emballages collect\u00e9s dans les bacs jaunes de quinze communes de la vall\u00e9e de la L\u00e8re. Une quarantaine de sapeurs-pompiers ont \u00e9t\u00e9 mobilis\u00e9s pendant six heures.

Personne n'a \u00e9t\u00e9 bless\u00e9, mais le tapis de tri et une partie de la toiture sont \u00e0 remplacer. Le centre restera ferm\u00e9 au moins trois semaines.

\u00ab On retrouve des batteries dans les bacs jaunes presque tous les jours \u00bb, explique le directeur du site, Franck Aubertin. \u00ab Une trottinette, une cigarette \u00e9lectronique, un jouet : quand la presse \u00e9crase la batterie, elle peut s'enflammer en quelques secondes. \u00bb

C'est le deuxi\u00e8me d\u00e9part de feu en un an.

Le premier, en juin dernier, avait pu \u00eatre \u00e9teint par les agents avec un extincteur.

Pendant la fermeture, les camions de collecte vont d\u00e9charger au centre de tri de Vergnac, \u00e0 40 kilom\u00e8tres. La communaut\u00e9 de communes assure que les tourn\u00e9es ne seront pas modifi\u00e9es.

Elle rappelle que les piles, les batteries et les petits appareils \u00e9lectriques ne doivent jamais \u00eatre jet\u00e9s dans les bacs, mais d\u00e9pos\u00e9s en d\u00e9chetterie ou dans les magasins qui les reprennent gratuitement.
"""),

dict(id="h93-fr-003", lang="fr", tpl="gutenberg",
     section="Commerce", date="2026-02-24", byline="H\u00e9l\u00e8ne Castagn\u00e9",
     title="Cent ans de boutons et de rubans : la mercerie Vidal f\u00eate son centenaire",
     sub="Odile Vidal tient toujours le comptoir ouvert par sa grand-m\u00e8re rue des Tanneurs en 1926.",
     caption="Odile Vidal derri\u00e8re le comptoir de sa mercerie.", credit="Photo : H\u00e9l\u00e8ne Castagn\u00e9",
     look=[("dropcap", "Au 12, rue des Tanneurs"), ("factbox", "La mercerie en chiffres")],
     body="""
Au 12, rue des Tanneurs, la clochette de la porte sonne depuis 1926. La mercerie Vidal, la derni\u00e8re de Saint-Orbain, f\u00eate ce mois-ci ses cent ans, et c'est Odile Vidal, petite-fille de la fondatrice, qui tient toujours le comptoir.

Elle a repris le magasin en 1989, apr\u00e8s avoir \u00e9t\u00e9 secr\u00e9taire \u00e0 Limoges. \u00ab Je pensais rester deux ans, le temps de vendre. Je n'ai jamais vendu \u00bb, raconte-t-elle en riant.

## La mercerie en chiffres

- 1926 : ouverture par Augustine Vidal
- 3 g\u00e9n\u00e9rations derri\u00e8re le comptoir
- Environ 4 000 sortes de boutons en stock
- 212 tiroirs en ch\u00eane, tous d'origine

Les clientes ont chang\u00e9. Aux couturi\u00e8res d'autrefois ont succ\u00e9d\u00e9 des jeunes qui apprennent \u00e0 tricoter sur Internet et viennent chercher la laine qu'elles ont vue dans une vid\u00e9o. \u00ab Elles me montrent leur t\u00e9l\u00e9phone, et je trouve \u00bb, dit Odile Vidal.

Le magasin a failli fermer pendant le confinement. Des habitants ont alors lanc\u00e9 une cagnotte, et une couturi\u00e8re du quartier a propos\u00e9 des ateliers de couture dans l'arri\u00e8re-boutique. Les ateliers continuent aujourd'hui le mardi soir.

Pour le centenaire, la commer\u00e7ante expose les vieux registres de la maison, o\u00f9 l'on peut lire les achats des clientes de 1930.

L'exposition est visible aux heures d'ouverture, du mardi au samedi de 9 h 30 \u00e0 12 h et de 14 h 30 \u00e0 19 h.
"""),

dict(id="h93-es-001", lang="es", tpl="strikingly", site="Asociaci\u00f3n Cultural La Era de Navalcruz", kind="small",
     section="Noticias", date="2026-07-03", byline="Marisa Olmedo",
     title="El cine de verano vuelve a la era de Navalcruz despu\u00e9s de nueve a\u00f1os",
     sub="Seis pel\u00edculas al aire libre los s\u00e1bados de julio y agosto, con pantalla prestada por el ayuntamiento.",
     caption="La pantalla hinchable, montada en la era durante la prueba del viernes.", credit="Foto: Asociaci\u00f3n Cultural La Era",
     look=[("bold", "Esta vez habr\u00e1 pantalla de verdad."), ("italic", "\u00abQueremos que vengan los nietos"),
           ("br", "La votaci\u00f3n m\u00e1s re\u00f1ida")],
     body="""
Las sillas de pl\u00e1stico vuelven a la era. Despu\u00e9s de nueve veranos sin proyecciones, la asociaci\u00f3n recupera el cine al aire libre en Navalcruz, con seis pel\u00edculas los s\u00e1bados de julio y agosto.

La idea surgi\u00f3 en la asamblea de enero, cuando varios socios recordaron las noches de los a\u00f1os ochenta, en las que se colgaba una s\u00e1bana entre dos postes y el pueblo entero llevaba su silla.

Esta vez habr\u00e1 pantalla de verdad.

El ayuntamiento de Almod\u00e9jar ha prestado la pantalla hinchable que usa en las fiestas, y la Diputaci\u00f3n ha concedido una ayuda de 2.400 euros para pagar los derechos de las pel\u00edculas y el alquiler del proyector.

\u00abQueremos que vengan los nietos, pero tambi\u00e9n los abuelos que se acuerdan de la s\u00e1bana\u00bb, explica la presidenta de la asociaci\u00f3n.

La programaci\u00f3n incluye dos pel\u00edculas de animaci\u00f3n, una comedia espa\u00f1ola y un cl\u00e1sico en blanco y negro, elegidos por votaci\u00f3n entre los socios.

La votaci\u00f3n m\u00e1s re\u00f1ida fue la del cl\u00e1sico, que se decidi\u00f3 por tres votos.

La entrada ser\u00e1 gratuita para los socios y costar\u00e1 dos euros para el resto. Lo recaudado ir\u00e1 a arreglar el tejado del lavadero.

Cada sesi\u00f3n empezar\u00e1 a las diez y media de la noche, cuando ya haya oscurecido. Se recomienda llevar silla y una chaqueta, porque en Navalcruz refresca.
"""),

dict(id="h93-es-002", lang="es", tpl="elementor",
     section="Almod\u00e9jar", date="2026-05-14", byline="Ra\u00fal Benavente",
     title="Almod\u00e9jar estrena el coche compartido en el nuevo barrio de Las Eras",
     sub="Tres plazas con veh\u00edculos el\u00e9ctricos junto al centro de salud, las primeras de la comarca del Jaramel.",
     caption="Las tres plazas de coche compartido junto al centro de salud de Las Eras.", credit="Foto: Ra\u00fal Benavente",
     carry=["carclub"],
     body="""
Los vecinos del nuevo barrio de Las Eras, en Almod\u00e9jar, ya pueden reservar un coche por horas sin salir de su calle. El ayuntamiento y una cooperativa de movilidad han instalado tres plazas de coche compartido junto al centro de salud, las primeras de la comarca del Jaramel.

El barrio, con 380 viviendas terminadas en los \u00faltimos cuatro a\u00f1os, se dise\u00f1\u00f3 con una sola plaza de garaje por piso. Desde entonces, las quejas por coches aparcados en las aceras han sido constantes.

**Cómo funciona el servicio**

Los usuarios deben hacerse socios de la cooperativa y pagar una cuota \u00fanica de alta. Despu\u00e9s, cada viaje se paga por horas y kil\u00f3metros. Los tres veh\u00edculos son el\u00e9ctricos y se cargan en la propia plaza.

Seg\u00fan la concejala de Urbanismo, Elena Sastre, el servicio est\u00e1 pensado para:

- familias que dudan entre comprar un segundo coche o no
- mayores que ya apenas conducen
- vecinos que solo necesitan el coche para ir a la capital

\u00abUn coche particular pasa casi todo el tiempo aparcado. Aqu\u00ed lo compartimos\u00bb, resumi\u00f3 Sastre en la presentaci\u00f3n.

**Cr\u00edticas de la oposici\u00f3n**

El grupo de la oposici\u00f3n considera que las plazas llegan tarde y que el ayuntamiento deber\u00eda haber exigido m\u00e1s aparcamiento a las constructoras. Pide adem\u00e1s que el servicio se extienda al casco antiguo.

La cooperativa atender\u00e1 dudas en una carpa junto al centro de salud los s\u00e1bados de mayo, de once a dos.
"""),

dict(id="h93-es-003", lang="es", tpl="cms",
     section="Comarca", date="2026-06-11", byline="Luc\u00eda Ferr\u00e1ndez",
     title="La fuente de los Ca\u00f1os de Navalcruz vuelve a manar tras su restauraci\u00f3n",
     sub="La obra, de 46.000 euros, ha devuelto el agua a la fuente de granito de la plaza mayor.",
     caption="Vecinos de Navalcruz junto a la fuente de los Ca\u00f1os restaurada.", credit="Foto: Luc\u00eda Ferr\u00e1ndez",
     low=0,
     body="""
La fuente de los Ca\u00f1os, en la plaza mayor de Navalcruz, volvi\u00f3 a echar agua el domingo despu\u00e9s de casi dos a\u00f1os seca. La restauraci\u00f3n, pagada por la Diputaci\u00f3n y el ayuntamiento de Almod\u00e9jar, ha costado 46.000 euros.

La fuente, de granito y con cuatro ca\u00f1os de bronce, data de 1794. Una grieta en el dep\u00f3sito y las ra\u00edces de una acacia hab\u00edan destrozado la conducci\u00f3n que la alimenta desde el manantial del cerro.

Los trabajos los ha hecho una cantera de la comarca, que ha sustituido dos piezas del pil\u00f3n por piedra de la misma veta. Los ca\u00f1os originales se limpiaron y se volvieron a colocar.

\u00abAqu\u00ed ven\u00eda mi madre a por agua con el c\u00e1ntaro. Que vuelva a sonar la fuente es como si volviera a sonar la plaza\u00bb, dec\u00eda emocionada Remedios Gil, de 88 a\u00f1os.

Al acto acudieron m\u00e1s de doscientos vecinos, muchos de ellos llegados de Madrid para la ocasi\u00f3n. La banda de Almod\u00e9jar toc\u00f3 un pasodoble y el alcalde pedan\u00e1neo invit\u00f3 a limonada.

El ayuntamiento recuerda que el agua de la fuente no est\u00e1 tratada y que no es apta para el consumo.
"""),

dict(id="h93-ru-001", lang="ru", tpl="bitrix",
     section="\u0413\u043e\u0440\u043e\u0434", date="2026-04-14", byline="\u041e\u043b\u044c\u0433\u0430 \u0421\u0438\u0434\u043e\u0440\u0435\u043d\u043a\u043e",
     title="\u0412 \u0423\u0441\u0442\u044c-\u041b\u0430\u043c\u0435\u043d\u0441\u043a\u0435 \u043d\u0430\u0447\u043d\u0443\u0442 \u0448\u0442\u0440\u0430\u0444\u043e\u0432\u0430\u0442\u044c \u0432\u043b\u0430\u0434\u0435\u043b\u044c\u0446\u0435\u0432 \u0441\u043e\u0431\u0430\u043a, \u043a\u043e\u0442\u043e\u0440\u044b\u0435 \u043d\u0435 \u0443\u0431\u0438\u0440\u0430\u044e\u0442 \u0437\u0430 \u043f\u0438\u0442\u043e\u043c\u0446\u0430\u043c\u0438",
     sub="\u0428\u0442\u0440\u0430\u0444 \u0441\u043e\u0441\u0442\u0430\u0432\u0438\u0442 \u043e\u0442 \u043e\u0434\u043d\u043e\u0439 \u0434\u043e \u0442\u0440\u0451\u0445 \u0442\u044b\u0441\u044f\u0447 \u0440\u0443\u0431\u043b\u0435\u0439, \u0432 \u043f\u0430\u0440\u043a\u0430\u0445 \u043f\u043e\u044f\u0432\u044f\u0442\u0441\u044f \u0443\u0440\u043d\u044b \u0441 \u043f\u0430\u043a\u0435\u0442\u0430\u043c\u0438.",
     caption="\u041d\u0430\u0431\u0435\u0440\u0435\u0436\u043d\u0430\u044f \u041b\u0430\u043c\u0435\u043d\u043a\u0438 \u0432\u0435\u0441\u043d\u043e\u0439.", credit="\u0424\u043e\u0442\u043e: \u041e\u043b\u044c\u0433\u0430 \u0421\u0438\u0434\u043e\u0440\u0435\u043d\u043a\u043e",
     carry=["dogfouling"],
     body="""
\u0413\u043e\u0440\u043e\u0434\u0441\u043a\u0430\u044f \u0434\u0443\u043c\u0430 \u0423\u0441\u0442\u044c-\u041b\u0430\u043c\u0435\u043d\u0441\u043a\u0430 \u043f\u0440\u0438\u043d\u044f\u043b\u0430 \u043f\u043e\u043f\u0440\u0430\u0432\u043a\u0438 \u0432 \u043f\u0440\u0430\u0432\u0438\u043b\u0430 \u0431\u043b\u0430\u0433\u043e\u0443\u0441\u0442\u0440\u043e\u0439\u0441\u0442\u0432\u0430: \u0441 1 \u043c\u0430\u044f \u0432\u043b\u0430\u0434\u0435\u043b\u044c\u0446\u0430\u043c \u0441\u043e\u0431\u0430\u043a, \u043a\u043e\u0442\u043e\u0440\u044b\u0435 \u043d\u0435 \u0443\u0431\u0438\u0440\u0430\u044e\u0442 \u0437\u0430 \u043f\u0438\u0442\u043e\u043c\u0446\u0430\u043c\u0438, \u0433\u0440\u043e\u0437\u0438\u0442 \u0448\u0442\u0440\u0430\u0444 \u043e\u0442 \u043e\u0434\u043d\u043e\u0439 \u0434\u043e \u0442\u0440\u0451\u0445 \u0442\u044b\u0441\u044f\u0447 \u0440\u0443\u0431\u043b\u0435\u0439.

\u0411\u043e\u043b\u044c\u0448\u0435 \u0432\u0441\u0435\u0433\u043e \u0436\u0430\u043b\u043e\u0431, \u043f\u043e \u0441\u043b\u043e\u0432\u0430\u043c \u0434\u0435\u043f\u0443\u0442\u0430\u0442\u043e\u0432, \u043f\u043e\u0441\u0442\u0443\u043f\u0430\u0435\u0442 \u043d\u0430 \u043d\u0430\u0431\u0435\u0440\u0435\u0436\u043d\u0443\u044e \u041b\u0430\u043c\u0435\u043d\u043a\u0438, \u0441\u043a\u0432\u0435\u0440 \u0443 \u0414\u043e\u043c\u0430 \u043a\u0443\u043b\u044c\u0442\u0443\u0440\u044b \u0438 \u0434\u0432\u043e\u0440\u044b \u0432 \u043c\u0438\u043a\u0440\u043e\u0440\u0430\u0439\u043e\u043d\u0435 \u0421\u0435\u0432\u0435\u0440\u043d\u044b\u0439. \u0412\u0435\u0441\u043d\u043e\u0439, \u043a\u043e\u0433\u0434\u0430 \u0441\u0445\u043e\u0434\u0438\u0442 \u0441\u043d\u0435\u0433, \u0433\u0430\u0437\u043e\u043d\u044b \u0442\u0430\u043c, \u043f\u043e \u0432\u044b\u0440\u0430\u0436\u0435\u043d\u0438\u044e \u043e\u0434\u043d\u043e\u0433\u043e \u0438\u0437 \u0434\u0435\u043f\u0443\u0442\u0430\u0442\u043e\u0432, \u00ab\u043f\u0440\u0435\u0432\u0440\u0430\u0449\u0430\u044e\u0442\u0441\u044f \u0432 \u043c\u0438\u043d\u043d\u043e\u0435 \u043f\u043e\u043b\u0435\u00bb.

## \u0423\u0440\u043d\u044b \u0438 \u043f\u0430\u043a\u0435\u0442\u044b

\u0414\u043e \u0432\u0441\u0442\u0443\u043f\u043b\u0435\u043d\u0438\u044f \u043f\u0440\u0430\u0432\u0438\u043b \u0432 \u0441\u0438\u043b\u0443 \u043a\u043e\u043c\u043c\u0443\u043d\u0430\u043b\u044c\u0449\u0438\u043a\u0438 \u043e\u0431\u0435\u0449\u0430\u044e\u0442 \u0443\u0441\u0442\u0430\u043d\u043e\u0432\u0438\u0442\u044c \u0432 \u043f\u0430\u0440\u043a\u0430\u0445 \u0438 \u043d\u0430 \u043d\u0430\u0431\u0435\u0440\u0435\u0436\u043d\u043e\u0439 30 \u0441\u043f\u0435\u0446\u0438\u0430\u043b\u044c\u043d\u044b\u0445 \u0443\u0440\u043d \u0441 \u0431\u0435\u0441\u043f\u043b\u0430\u0442\u043d\u044b\u043c\u0438 \u043f\u0430\u043a\u0435\u0442\u0430\u043c\u0438. \u0421\u0445\u0435\u043c\u0430 \u0441 \u0438\u0445 \u0440\u0430\u0441\u043f\u043e\u043b\u043e\u0436\u0435\u043d\u0438\u0435\u043c \u043f\u043e\u044f\u0432\u0438\u0442\u0441\u044f \u043d\u0430 \u0441\u0430\u0439\u0442\u0435 \u0430\u0434\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u0438.

\u00ab\u041c\u044b \u043d\u0435 \u043f\u0440\u043e\u0442\u0438\u0432 \u0441\u043e\u0431\u0430\u043a, \u0443 \u043c\u0435\u043d\u044f \u0441\u0430\u043c\u043e\u0439 \u0438\u0445 \u0434\u0432\u0435. \u041d\u043e \u0443\u0431\u0438\u0440\u0430\u0442\u044c \u0437\u0430 \u0441\u0432\u043e\u0438\u043c \u0436\u0438\u0432\u043e\u0442\u043d\u044b\u043c \u2014 \u044d\u0442\u043e \u044d\u043b\u0435\u043c\u0435\u043d\u0442\u0430\u0440\u043d\u043e\u0435 \u0443\u0432\u0430\u0436\u0435\u043d\u0438\u0435 \u043a \u0441\u043e\u0441\u0435\u0434\u044f\u043c\u00bb, \u2014 \u0441\u043a\u0430\u0437\u0430\u043b\u0430 \u043f\u0440\u0435\u0434\u0441\u0435\u0434\u0430\u0442\u0435\u043b\u044c \u043a\u043e\u043c\u0438\u0441\u0441\u0438\u0438 \u043f\u043e \u0431\u043b\u0430\u0433\u043e\u0443\u0441\u0442\u0440\u043e\u0439\u0441\u0442\u0432\u0443 \u0418\u0440\u0438\u043d\u0430 \u0412\u0430\u0445\u0440\u0443\u0448\u0435\u0432\u0430.

## \u041a\u0442\u043e \u0431\u0443\u0434\u0435\u0442 \u0441\u043b\u0435\u0434\u0438\u0442\u044c

\u041f\u0440\u043e\u0442\u043e\u043a\u043e\u043b\u044b \u0431\u0443\u0434\u0443\u0442 \u0441\u043e\u0441\u0442\u0430\u0432\u043b\u044f\u0442\u044c \u0441\u043e\u0442\u0440\u0443\u0434\u043d\u0438\u043a\u0438 \u0430\u0434\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430\u0442\u0438\u0432\u043d\u043e\u0439 \u043a\u043e\u043c\u0438\u0441\u0441\u0438\u0438 \u0432\u043e \u0432\u0440\u0435\u043c\u044f \u0440\u0435\u0439\u0434\u043e\u0432. \u0416\u0438\u0442\u0435\u043b\u0438 \u0441\u043c\u043e\u0433\u0443\u0442 \u043f\u0440\u0438\u0441\u044b\u043b\u0430\u0442\u044c \u0444\u043e\u0442\u043e \u043d\u0430\u0440\u0443\u0448\u0435\u043d\u0438\u0439 \u0447\u0435\u0440\u0435\u0437 \u0433\u043e\u0440\u043e\u0434\u0441\u043a\u043e\u0439 \u043f\u043e\u0440\u0442\u0430\u043b \u043e\u0431\u0440\u0430\u0449\u0435\u043d\u0438\u0439.

\u0417\u043e\u043e\u0437\u0430\u0449\u0438\u0442\u043d\u0438\u043a\u0438 \u0438\u0437 \u043e\u0431\u0449\u0435\u0441\u0442\u0432\u0430 \u00ab\u0412\u0435\u0440\u043d\u044b\u0439 \u0434\u0440\u0443\u0433\u00bb \u043f\u0440\u0435\u0434\u043b\u0430\u0433\u0430\u044e\u0442 \u0432\u043c\u0435\u0441\u0442\u0435 \u0441\u043e \u0448\u0442\u0440\u0430\u0444\u0430\u043c\u0438 \u0432\u044b\u0434\u0435\u043b\u0438\u0442\u044c \u0432 \u043a\u0430\u0436\u0434\u043e\u043c \u0440\u0430\u0439\u043e\u043d\u0435 \u043f\u043b\u043e\u0449\u0430\u0434\u043a\u0443 \u0434\u043b\u044f \u0432\u044b\u0433\u0443\u043b\u0430. \u0410\u0434\u043c\u0438\u043d\u0438\u0441\u0442\u0440\u0430\u0446\u0438\u044f \u043e\u0431\u0435\u0449\u0430\u0435\u0442 \u0440\u0430\u0441\u0441\u043c\u043e\u0442\u0440\u0435\u0442\u044c \u044d\u0442\u043e \u043f\u0440\u0435\u0434\u043b\u043e\u0436\u0435\u043d\u0438\u0435 \u043b\u0435\u0442\u043e\u043c.

\u041f\u0435\u0440\u0432\u044b\u0435 \u0440\u0435\u0439\u0434\u044b \u043d\u0430\u0447\u043d\u0443\u0442\u0441\u044f \u0432 \u043c\u0430\u0435 \u043d\u0430 \u043d\u0430\u0431\u0435\u0440\u0435\u0436\u043d\u043e\u0439.
"""),

dict(id="h93-ru-002", lang="ru", tpl="dle",
     section="Происшествия", date="2026-06-02", byline="Дмитрий Корнилов",
     title="После пожара в мусоровозе в Усть-Ламенске поставят контейнеры для батареек",
     sub="Причиной возгорания стал литиевый аккумулятор, выброшенный вместе с бытовым мусором.",
     caption="Мусоровоз после пожара на пустыре у гаражей.", credit="Фото: читатель Андрей Белых",
     carry=["batteryrecycling"],
     look=[("bold", "Это уже третий такой случай в городе с начала года.")],
     body="""
В понедельник утром на улице Гагарина загорелся мусоровоз. Водитель заметил дым из кузова, остановил машину на пустыре у гаражей и вызвал пожарных. Огонь потушили за двадцать минут, никто не пострадал.

По данным МЧС, причиной пожара стал литиевый аккумулятор, выброшенный в обычный контейнер вместе с бытовым мусором. Когда пресс сжимает отходы, повреждённый аккумулятор может загореться.

Это уже третий такой случай в городе с начала года.

Региональный оператор по обращению с отходами заявил, что до конца июня установит в Усть-Ламенске 25 контейнеров для сбора батареек и мелкой электроники. Их поставят у школ, в торговых центрах и в помещениях управляющих компаний.

«Раньше батарейки просто некуда было деть, люди выбрасывали их вместе с мусором. Теперь такая возможность появится в каждом микрорайоне», — пояснил представитель оператора Сергей Лобанов.

Собранные батарейки будут отправлять на переработку на завод в соседней области.

Водитель мусоровоза Виктор Пахомов говорит, что за двадцать лет работы видел возгорание в кузове впервые. «Запах был такой, что сразу понял: что-то не то».
"""),

dict(id="h93-ru-003", lang="ru", tpl="chunks",
     section="Люди", date="2026-02-26", byline="Наталья Грошева",
     title="«Сорок лет на одном велосипеде»: почтальон из Вешкина уходит на пенсию",
     sub="Валентина Ершова разносила почту в трёх деревнях с 1986 года. Мы поговорили с ней в её последний рабочий день.",
     caption="Валентина Ершова у почтового отделения в Вешкине.", credit="Фото: Наталья Грошева",
     body="""
Валентина Кузьминична Ершова разносила почту в деревне Вешкино и двух соседних сёлах с 1986 года. В пятницу она в последний раз закрыла сумку. Мы поговорили с ней на крыльце почтового отделения.

**Как вы стали почтальоном в Вешкине?**

Случайно. Прежняя почтальонша вышла замуж и уехала в город, а я как раз вернулась из техникума. Начальник сказал: поработай месяц. Вот, поработала.

**Что было самым тяжёлым?**

Зима. Дорогу до Сосняковки не чистили, я по три часа шла на лыжах с сумкой. Пенсии ведь не подождут, их люди ждут как праздника.

**А велосипед?**

Тот же самый, «Урал», с восемьдесят шестого года. Муж три раза менял ему цепь. Новый мне дарили, но я на нём не езжу: он лёгкий, его ветром сносит.

**Что изменилось на почте за эти сорок лет?**

Писем почти не стало. Раньше сумка была тяжёлая от писем из армии, из города. Теперь квитанции да газеты. Зато пошли посылки: заказывают всё, даже семена.

**А чем займётесь теперь, без сумки?**

Огородом и внуками. И газеты буду читать сама, а не разносить.

На место Валентины Кузьминичны пока никого не нашли. Почтовое отделение в Вешкине будет открыто по вторникам и пятницам, а на районную газету в деревне по-прежнему подписаны сорок два дома.
"""),
]
